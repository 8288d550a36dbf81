import { lazy } from 'react';
import { CalculatorOutlined, MoneyCollectOutlined } from '@ant-design/icons';
import type { PageDef } from '../../../app/routes';

/** Paid repairs' pages (menu group 'service'): the price list, the month's paid repairs, the printable 缴费通知书. */
export const REPAIR_CHARGES_PAGES: PageDef[] = [
  {
    path: '/cases/price-list',
    labelKey: 'repairCharges:nav.priceList',
    group: 'service',
    icon: <CalculatorOutlined />,
    permission: 'cases.billing',
    component: lazy(() => import('./PriceListPage')),
  },
  {
    path: '/reports/paid-repairs',
    labelKey: 'repairCharges:nav.paidRepairs',
    group: 'service',
    icon: <MoneyCollectOutlined />,
    permission: 'cases.billing',
    component: lazy(() => import('./PaidRepairsPage')),
  },
  {
    path: '/work-orders/:id/payment-notice/print',
    labelKey: 'repairCharges:print.title',
    hidden: true,
    // The tenant of the case prints their own notice too; the server answers 404 to anyone else.
    component: lazy(() => import('./PaymentNoticePrintPage')),
  },
];
