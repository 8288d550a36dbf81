import { lazy } from 'react';
import { AccountBookOutlined } from '@ant-design/icons';
import type { PageDef } from '../../../app/routes';

/** The month's fee tables (menu group 'fees') and their print view. */
export const monthsPages: PageDef[] = [
  {
    path: '/billing/months',
    labelKey: 'feeMonths:nav.title',
    group: 'fees',
    icon: <AccountBookOutlined />,
    permission: 'billing.read',
    component: lazy(() => import('./MonthsPage')),
  },
  {
    path: '/billing/months/:id/print',
    labelKey: 'feeMonths:printTitle',
    hidden: true,
    permission: 'billing.read',
    component: lazy(() => import('./MonthPrintPage')),
  },
];
