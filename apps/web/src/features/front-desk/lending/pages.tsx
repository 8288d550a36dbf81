import { lazy } from 'react';
import { ShoppingOutlined } from '@ant-design/icons';
import type { PageDef } from '../../../app/routes';

/** The lending pages (menu group 'frontdesk'). */
export const lendingPages: PageDef[] = [
  {
    path: '/front-desk/lending',
    labelKey: 'lending:nav.lending',
    group: 'frontdesk',
    icon: <ShoppingOutlined />,
    permission: 'frontdesk.lending',
    component: lazy(() => import('./LendingPage')),
  },
  {
    path: '/front-desk/lending/items',
    labelKey: 'lending:nav.items',
    group: 'frontdesk',
    hidden: true,
    permission: 'frontdesk.lending.manage',
    component: lazy(() => import('./LendingItemsPage')),
  },
];
