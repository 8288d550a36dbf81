import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import {
  DashboardOutlined,
  TeamOutlined,
  BankOutlined,
  CalendarOutlined,
  AuditOutlined,
  BellOutlined,
  SettingOutlined,
  ApartmentOutlined,
  HomeOutlined,
  ControlOutlined,
} from '@ant-design/icons';
import type { Permission, Role } from '@hy/contracts';
import { FRONT_DESK_PAGES } from '../features/front-desk/pages';
import { INSPECTIONS_PAGES } from '../features/inspections/pages';
import { TENANTS_PAGES } from '../features/tenants/pages';
import { STAFF_QUALITY_PAGES } from '../features/staff-quality/pages';
import { BILLING_PAGES } from '../features/billing/pages';
import { PAID_SERVICES_PAGES } from '../features/paid-services/pages';
import { GUEST_ROOMS_PAGES } from '../features/guest-rooms/pages';
import { EVENTS_PAGES } from '../features/events/pages';
import { REPAIR_CHARGES_PAGES } from '../features/cases/charges/pages';
import { STAFF_ROLES, MANAGER_ROLES, MEETING_REPORT_ROLES } from '@hy/contracts';
import { ScheduleOutlined, UnorderedListOutlined, ProfileOutlined, SafetyCertificateOutlined, FileTextOutlined } from '@ant-design/icons';
import { FileProtectOutlined, CheckSquareOutlined, OrderedListOutlined, LineChartOutlined } from '@ant-design/icons';
import { AccountBookOutlined, DollarOutlined, InboxOutlined, IdcardOutlined, QrcodeOutlined } from '@ant-design/icons';
import {
  FormOutlined,
  CustomerServiceOutlined,
  ToolOutlined,
  MessageOutlined,
  FileDoneOutlined,
  BarChartOutlined,
  ReadOutlined,
  NumberOutlined,
} from '@ant-design/icons';

/**
 * The app's pages: path, menu placement and who sees them. Pages load lazily so the first screen
 * stays small. `permission`/`roles` hide the menu entry and guard the route.
 */
export interface PageDef {
  path: string;
  labelKey: string;
  icon?: ReactNode;
  group?: 'meetings' | 'events' | 'service' | 'frontdesk' | 'patrol' | 'tenants' | 'fees' | 'admin';
  permission?: Permission;
  roles?: Role[];
  hidden?: boolean;
  /** On a phone, the bottom bar shows the first four pages the user may open, by this rank. */
  tab?: number;
  /** Only these roles get the page as a tab (the rest find it in the menu). */
  tabRoles?: Role[];
  component: LazyExoticComponent<ComponentType>;
}

/** Whether the signed-in user may open a page (menu, dashboard links and the router agree). */
export function pageAllowed(p: PageDef, s: { can(permission: Permission): boolean; hasRole(...roles: Role[]): boolean }) {
  if (p.permission && !s.can(p.permission)) return false;
  if (p.roles && !s.hasRole(...p.roles)) return false;
  return true;
}

export const PAGES: PageDef[] = [
  {
    path: '/',
    tab: 1,
    labelKey: 'nav.dashboard',
    icon: <DashboardOutlined />,
    component: lazy(() => import('../features/dashboard/DashboardPage')),
  },
  {
    path: '/notifications',
    tab: 6,
    labelKey: 'nav.notifications',
    icon: <BellOutlined />,
    component: lazy(() => import('../features/notifications/NotificationsPage')),
  },
  {
    path: '/bookings/board',
    tab: 5,
    labelKey: 'bookings:nav.board',
    group: 'meetings',
    icon: <ScheduleOutlined />,
    roles: [...STAFF_ROLES, 'bureau_approver', 'organizer'],
    component: lazy(() => import('../features/bookings/BoardPage')),
  },
  {
    path: '/bookings',
    labelKey: 'bookings:nav.list',
    group: 'meetings',
    icon: <UnorderedListOutlined />,
    roles: [...STAFF_ROLES],
    component: lazy(() => import('../features/bookings/BookingsListPage')),
  },
  {
    path: '/bookings/mine',
    tab: 2,
    labelKey: 'bookings:nav.mine',
    group: 'meetings',
    icon: <ProfileOutlined />,
    roles: ['organizer'],
    component: lazy(() => import('../features/bookings/MyBookingsPage')),
  },
  {
    path: '/bookings/approvals',
    tab: 2,
    labelKey: 'bookings:nav.approvals',
    group: 'meetings',
    icon: <SafetyCertificateOutlined />,
    roles: ['bureau_approver', 'dispatcher', ...MANAGER_ROLES],
    component: lazy(() => import('../features/bookings/ApprovalsPage')),
  },
  {
    path: '/bookings/bureau-report',
    labelKey: 'bookings:nav.report',
    group: 'meetings',
    icon: <FileTextOutlined />,
    roles: [...STAFF_ROLES, 'bureau_approver'],
    component: lazy(() => import('../features/bookings/BureauReportPage')),
  },
  {
    path: '/bookings/:id',
    labelKey: 'bookings:detail.title',
    hidden: true,
    permission: 'bookings.read',
    component: lazy(() => import('../features/bookings/BookingDetailPage')),
  },
  {
    path: '/service-notices',
    labelKey: 'meetings:nav.notices',
    group: 'meetings',
    icon: <FileProtectOutlined />,
    permission: 'meetings.read',
    roles: ['admin', 'dispatcher', 'cs_assistant', 'lobby_manager', 'cs_supervisor', 'project_manager', 'general_manager'],
    component: lazy(() => import('../features/meetings/notices/ServiceNoticesPage')),
  },
  {
    path: '/service-notices/:id/survey',
    labelKey: 'meetings:nav.survey',
    hidden: true,
    component: lazy(() => import('../features/meetings/reports/SurveyPage')),
  },
  {
    path: '/service-notices/:id',
    labelKey: 'meetings:nav.detail',
    hidden: true,
    permission: 'meetings.read',
    component: lazy(() => import('../features/meetings/notices/NoticeDetailPage')),
  },
  {
    path: '/service-notices/:id/print',
    labelKey: 'meetings:nav.print',
    hidden: true,
    permission: 'meetings.read',
    component: lazy(() => import('../features/meetings/notices/NoticePrintPage')),
  },
  {
    path: '/service-notices/:id/lost-items/print',
    labelKey: 'meetings:lost.printTitle',
    hidden: true,
    permission: 'meetings.read',
    component: lazy(() => import('../features/meetings/after/LostItemsPrintPage')),
  },
  {
    path: '/reports/meetings',
    labelKey: 'meetings:nav.reports',
    group: 'meetings',
    icon: <LineChartOutlined />,
    roles: [...MEETING_REPORT_ROLES],
    component: lazy(() => import('../features/meetings/reports/MeetingReportsPage')),
  },
  {
    path: '/my/tasks',
    tab: 2,
    labelKey: 'meetings:nav.myTasks',
    group: 'meetings',
    icon: <CheckSquareOutlined />,
    permission: 'meetings.tasks.work',
    component: lazy(() => import('../features/meetings/tasks/MyTasksPage')),
  },
  {
    path: '/sign-in-desk',
    tab: 3.5,
    tabRoles: ['meeting_staff'],
    labelKey: 'meetings:nav.signInDesk',
    group: 'meetings',
    icon: <QrcodeOutlined />,
    permission: 'meetings.attendees',
    roles: ['admin', 'dispatcher', 'cs_assistant', 'lobby_manager', 'meeting_staff'],
    component: lazy(() => import('../features/meetings/desk/SignInDeskListPage')),
  },
  {
    path: '/sign-in-desk/:id',
    labelKey: 'meetings:nav.signInDesk',
    hidden: true,
    permission: 'meetings.attendees',
    component: lazy(() => import('../features/meetings/desk/SignInDeskPage')),
  },
  {
    path: '/my/fees',
    labelKey: 'meetings:nav.myFees',
    group: 'meetings',
    icon: <AccountBookOutlined />,
    roles: ['organizer', 'admin', 'dispatcher', 'cs_assistant', 'affairs_admin', 'cs_supervisor', 'project_manager', 'general_manager'],
    component: lazy(() => import('../features/meetings/fees/MyFeesPage')),
  },
  {
    path: '/fee-statements/:id',
    labelKey: 'meetings:fee.form',
    hidden: true,
    component: lazy(() => import('../features/meetings/fees/FeeStatementPage')),
  },
  {
    path: '/admin/price-list',
    labelKey: 'meetings:nav.priceList',
    icon: <DollarOutlined />,
    group: 'admin',
    permission: 'meetings.fees.read',
    component: lazy(() => import('../features/meetings/fees/PriceListPage')),
  },
  {
    path: '/admin/warehouse',
    labelKey: 'meetings:nav.warehouse',
    icon: <InboxOutlined />,
    group: 'admin',
    permission: 'meetings.materials',
    component: lazy(() => import('../features/meetings/materials/WarehousePage')),
  },
  {
    path: '/admin/staff',
    labelKey: 'meetings:nav.staff',
    icon: <IdcardOutlined />,
    group: 'admin',
    permission: 'meetings.staffing',
    component: lazy(() => import('../features/meetings/staffing/StaffPage')),
  },
  {
    path: '/admin/task-templates',
    labelKey: 'meetings:nav.templates',
    icon: <OrderedListOutlined />,
    group: 'admin',
    permission: 'meetings.templates.manage',
    component: lazy(() => import('../features/meetings/tasks/TaskTemplatesPage')),
  },
  {
    path: '/cases/new',
    tab: 3,
    labelKey: 'cases:nav.intake',
    group: 'service',
    icon: <FormOutlined />,
    permission: 'cases.intake',
    component: lazy(() => import('../features/cases/IntakePage')),
  },
  {
    path: '/cases',
    tab: 4,
    labelKey: 'cases:nav.cases',
    group: 'service',
    icon: <CustomerServiceOutlined />,
    permission: 'cases.read',
    component: lazy(() => import('../features/cases/CaseListPage')),
  },
  {
    path: '/cases/:id',
    labelKey: 'cases:nav.cases',
    hidden: true,
    // Whoever reported or recorded a case follows it; the server answers 404 to anyone else.
    component: lazy(() => import('../features/cases/CaseDetailPage')),
  },
  {
    path: '/work-orders/:id/print',
    labelKey: 'cases:print.title',
    hidden: true,
    permission: 'cases.read',
    component: lazy(() => import('../features/cases/WorkOrderPrintPage')),
  },
  {
    path: '/my/work-orders',
    tab: 2,
    labelKey: 'cases:nav.myWorkOrders',
    group: 'service',
    icon: <ToolOutlined />,
    permission: 'workorders.work',
    component: lazy(() => import('../features/cases/MyWorkOrdersPage')),
  },
  {
    path: '/portal',
    tab: 2,
    labelKey: 'cases:nav.portal',
    icon: <MessageOutlined />,
    permission: 'cases.report',
    component: lazy(() => import('../features/cases/PortalPage')),
  },
  {
    path: '/supervision',
    labelKey: 'cases:nav.supervision',
    group: 'service',
    icon: <FileDoneOutlined />,
    permission: 'cases.review.read',
    component: lazy(() => import('../features/cases/SupervisionPage')),
  },
  {
    path: '/reports/cases',
    labelKey: 'cases:nav.reports',
    group: 'service',
    icon: <BarChartOutlined />,
    permission: 'cases.reports',
    component: lazy(() => import('../features/cases/ReportsPage')),
  },
  {
    path: '/kb',
    labelKey: 'cases:nav.kb',
    group: 'service',
    icon: <ReadOutlined />,
    permission: 'kb.manage',
    component: lazy(() => import('../features/cases/KbAdminPage')),
  },
  {
    path: '/work-orders/gaps',
    labelKey: 'cases:nav.gaps',
    group: 'service',
    icon: <NumberOutlined />,
    permission: 'cases.read',
    roles: ['admin', 'dispatcher', 'cs_supervisor', 'project_manager', 'general_manager', 'affairs_admin'],
    component: lazy(() => import('../features/cases/GapReportPage')),
  },
  {
    path: '/admin/users',
    labelKey: 'nav.users',
    icon: <TeamOutlined />,
    group: 'admin',
    permission: 'users.manage',
    component: lazy(() => import('../features/users/UsersPage')),
  },
  {
    path: '/admin/buildings',
    labelKey: 'nav.buildings',
    icon: <ApartmentOutlined />,
    group: 'admin',
    permission: 'places.manage',
    component: lazy(() => import('../features/places/BuildingsPage')),
  },
  {
    path: '/admin/organizations',
    labelKey: 'nav.organizations',
    icon: <HomeOutlined />,
    group: 'admin',
    permission: 'places.manage',
    component: lazy(() => import('../features/places/OrganizationsPage')),
  },
  {
    path: '/venues',
    labelKey: 'nav.venues',
    group: 'meetings',
    icon: <BankOutlined />,
    permission: 'places.read',
    component: lazy(() => import('../features/places/VenuesPage')),
  },
  {
    path: '/admin/calendar',
    labelKey: 'nav.calendar',
    icon: <CalendarOutlined />,
    group: 'admin',
    permission: 'calendar.manage',
    component: lazy(() => import('../features/calendar/CalendarPage')),
  },
  {
    path: '/admin/settings',
    labelKey: 'settings:nav',
    icon: <ControlOutlined />,
    group: 'admin',
    permission: 'settings.manage',
    component: lazy(() => import('../features/settings/SettingsPage')),
  },
  {
    path: '/admin/audit',
    labelKey: 'nav.audit',
    icon: <AuditOutlined />,
    group: 'admin',
    permission: 'audit.read',
    component: lazy(() => import('../features/audit/AuditPage')),
  },
  {
    path: '/account',
    labelKey: 'nav.account',
    icon: <SettingOutlined />,
    hidden: true,
    component: lazy(() => import('../features/account/AccountPage')),
  },
  ...FRONT_DESK_PAGES,
  ...INSPECTIONS_PAGES,
  ...STAFF_QUALITY_PAGES,
  ...GUEST_ROOMS_PAGES,
  ...BILLING_PAGES,
  ...PAID_SERVICES_PAGES,
  ...EVENTS_PAGES,
  ...TENANTS_PAGES,
  ...REPAIR_CHARGES_PAGES,
];
