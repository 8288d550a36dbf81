import { lazy } from 'react';
import { SkinOutlined } from '@ant-design/icons';
import type { PageDef } from '../../../app/routes';

/** The laundry pages (menu group 'fees'): the desk's board, the tenant's portal view, the price list and statement prints. */
export const laundryPages: PageDef[] = [
  {
    path: '/paid-services/laundry',
    labelKey: 'laundry:nav.title',
    group: 'fees',
    icon: <SkinOutlined />,
    permission: 'paidservices.read',
    component: lazy(() => import('./LaundryPage')),
  },
  {
    path: '/my/laundry',
    labelKey: 'laundry:nav.mine',
    group: 'fees',
    icon: <SkinOutlined />,
    permission: 'paidservices.own',
    component: lazy(() => import('./MyLaundryPage')),
  },
  {
    path: '/paid-services/laundry/prices/print',
    labelKey: 'laundry:nav.prices',
    hidden: true,
    component: lazy(() => import('./PricesPrintPage')),
  },
  {
    path: '/paid-services/statement/print',
    labelKey: 'laundry:nav.statement',
    hidden: true,
    permission: 'paidservices.read',
    component: lazy(() => import('./StatementPrintPage')),
  },
];
