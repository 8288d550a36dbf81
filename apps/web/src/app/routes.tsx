import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import {
  DashboardOutlined, TeamOutlined, BankOutlined, CalendarOutlined, AuditOutlined, BellOutlined, SettingOutlined, ApartmentOutlined, HomeOutlined,
} from '@ant-design/icons';
import type { Permission, Role } from '@hy/contracts';

/**
 * The app's pages: path, menu placement and who sees them. Pages load lazily so the first screen
 * stays small. `permission`/`roles` hide the menu entry and guard the route.
 */
export interface PageDef {
  path: string;
  labelKey: string;
  icon?: ReactNode;
  group?: 'admin';
  permission?: Permission;
  roles?: Role[];
  hidden?: boolean;
  component: LazyExoticComponent<ComponentType>;
}

export const PAGES: PageDef[] = [
  { path: '/', labelKey: 'nav.dashboard', icon: <DashboardOutlined />, component: lazy(() => import('../features/dashboard/DashboardPage')) },
  { path: '/notifications', labelKey: 'nav.notifications', icon: <BellOutlined />, component: lazy(() => import('../features/notifications/NotificationsPage')) },
  { path: '/admin/users', labelKey: 'nav.users', icon: <TeamOutlined />, group: 'admin', permission: 'users.manage', component: lazy(() => import('../features/users/UsersPage')) },
  { path: '/admin/buildings', labelKey: 'nav.buildings', icon: <ApartmentOutlined />, group: 'admin', permission: 'places.manage', component: lazy(() => import('../features/places/BuildingsPage')) },
  { path: '/admin/organizations', labelKey: 'nav.organizations', icon: <HomeOutlined />, group: 'admin', permission: 'places.manage', component: lazy(() => import('../features/places/OrganizationsPage')) },
  { path: '/venues', labelKey: 'nav.venues', icon: <BankOutlined />, permission: 'places.read', component: lazy(() => import('../features/places/VenuesPage')) },
  { path: '/admin/calendar', labelKey: 'nav.calendar', icon: <CalendarOutlined />, group: 'admin', permission: 'calendar.manage', component: lazy(() => import('../features/calendar/CalendarPage')) },
  { path: '/admin/audit', labelKey: 'nav.audit', icon: <AuditOutlined />, group: 'admin', permission: 'audit.read', component: lazy(() => import('../features/audit/AuditPage')) },
  { path: '/account', labelKey: 'nav.account', icon: <SettingOutlined />, hidden: true, component: lazy(() => import('../features/account/AccountPage')) },
];
