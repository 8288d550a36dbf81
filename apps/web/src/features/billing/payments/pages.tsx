import { lazy } from 'react';
import type { PageDef } from '../../../app/routes';

/** The receipt print view (receipts are taken and voided on the notice). */
export const paymentsPages: PageDef[] = [
  {
    path: '/billing/receipts/:id/print',
    labelKey: 'billingPayments:nav.receipt',
    hidden: true,
    permission: 'billing.read',
    component: lazy(() => import('./ReceiptPrintPage')),
  },
];
