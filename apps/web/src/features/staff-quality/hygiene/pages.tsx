import { lazy } from 'react';
import { ClearOutlined } from '@ant-design/icons';
import type { PageDef } from '../../../app/routes';

/** The hygiene pages (menu group 'patrol'). */
export const hygienePages: PageDef[] = [
  {
    path: '/quality/hygiene',
    labelKey: 'hygiene:nav.title',
    group: 'patrol',
    icon: <ClearOutlined />,
    permission: 'quality.read',
    tab: 3,
    tabRoles: ['housekeeping_supervisor'],
    component: lazy(() => import('./HygienePage')),
  },
];
