import { lazy } from 'react';
import { AlertOutlined } from '@ant-design/icons';
import type { PageDef } from '../../../app/routes';

export const dunningPages: PageDef[] = [
  {
    path: '/billing/dunning',
    labelKey: 'billingDunning:nav.title',
    group: 'fees',
    icon: <AlertOutlined />,
    permission: 'billing.dunning',
    component: lazy(() => import('./DunningPage')),
  },
  {
    path: '/billing/dunning/:id/letter',
    labelKey: 'billingDunning:nav.letter',
    hidden: true,
    permission: 'billing.dunning',
    component: lazy(() => import('./DunningLetterPrintPage')),
  },
];
