import { lazy } from 'react';
import { EyeOutlined, IdcardOutlined, TeamOutlined } from '@ant-design/icons';
import type { PageDef } from '../../../app/routes';

/** The visitors pages (menu group 'frontdesk'); the tenant's own visitors page is a tab on their phone. */
export const visitorsPages: PageDef[] = [
  {
    path: '/front-desk/visitors',
    labelKey: 'visitors:nav.desk',
    group: 'frontdesk',
    icon: <IdcardOutlined />,
    permission: 'frontdesk.visitors',
    component: lazy(() => import('./VisitorsDeskPage')),
  },
  {
    path: '/front-desk/watch-list',
    labelKey: 'visitors:nav.watch',
    group: 'frontdesk',
    icon: <EyeOutlined />,
    permission: 'frontdesk.visitors',
    component: lazy(() => import('./WatchListPage')),
  },
  {
    path: '/my-visitors',
    labelKey: 'visitors:nav.mine',
    icon: <TeamOutlined />,
    roles: ['tenant'],
    tab: 3,
    tabRoles: ['tenant'],
    component: lazy(() => import('./MyVisitorsPage')),
  },
];
