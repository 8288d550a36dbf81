import { lazy } from 'react';
import { AccountBookOutlined } from '@ant-design/icons';
import type { PageDef } from '../../../app/routes';

export const arrearsPages: PageDef[] = [
  {
    path: '/billing/arrears',
    labelKey: 'billingArrears:nav.title',
    group: 'fees',
    icon: <AccountBookOutlined />,
    permission: 'billing.read',
    component: lazy(() => import('./ArrearsPage')),
  },
];
