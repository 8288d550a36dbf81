/** The guest-rooms pages, one list per sub-feature (menu group tenants (客务管理)). */
import { lazy } from 'react';
import { AlertOutlined, AppstoreOutlined, AuditOutlined, KeyOutlined, SkinOutlined, SolutionOutlined } from '@ant-design/icons';
import type { PageDef } from '../../app/routes';

const roomsPages: PageDef[] = [
  {
    path: '/guest-rooms',
    labelKey: 'guestRooms:nav.board',
    group: 'tenants',
    icon: <AppstoreOutlined />,
    permission: 'guestrooms.read',
    tab: 4,
    tabRoles: ['housekeeping_supervisor'],
    component: lazy(() => import('./rooms/BoardPage')),
  },
  {
    path: '/guest-rooms/check-sheet',
    labelKey: 'guestRooms:nav.checkSheet',
    group: 'tenants',
    icon: <AuditOutlined />,
    permission: 'guestrooms.read',
    component: lazy(() => import('./rooms/CheckSheetPage')),
  },
  {
    path: '/guest-rooms/check-sheet/print',
    labelKey: 'guestRooms:nav.checkSheetPrint',
    hidden: true,
    permission: 'guestrooms.read',
    component: lazy(() => import('./rooms/CheckSheetPrintPage')),
  },
];
const staysPages: PageDef[] = [
  {
    path: '/guest-rooms/stays',
    labelKey: 'guestRooms:nav.stays',
    group: 'tenants',
    icon: <SolutionOutlined />,
    permission: 'guestrooms.read',
    component: lazy(() => import('./stays/StaysPage')),
  },
  {
    path: '/guest-rooms/keys',
    labelKey: 'guestRooms:nav.keys',
    group: 'tenants',
    icon: <KeyOutlined />,
    permission: 'guestrooms.read',
    component: lazy(() => import('./stays/KeysPage')),
  },
];
const linenPages: PageDef[] = [
  {
    path: '/guest-rooms/linen',
    labelKey: 'guestRooms:nav.linen',
    group: 'tenants',
    icon: <SkinOutlined />,
    permission: 'guestrooms.read',
    component: lazy(() => import('./linen/LinenPage')),
  },
];
const strangersPages: PageDef[] = [
  {
    path: '/guest-rooms/strangers',
    labelKey: 'guestRooms:nav.strangers',
    group: 'tenants',
    icon: <AlertOutlined />,
    permission: 'guestrooms.report',
    component: lazy(() => import('./strangers/StrangersPage')),
  },
];

export const GUEST_ROOMS_PAGES: PageDef[] = [...roomsPages, ...staysPages, ...linenPages, ...strangersPages];
