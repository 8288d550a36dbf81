import { lazy } from 'react';
import { LineChartOutlined } from '@ant-design/icons';
import type { PageDef } from '../../../app/routes';

export const collectionPages: PageDef[] = [
  {
    path: '/billing/collection',
    labelKey: 'billingCollection:nav.title',
    group: 'fees',
    icon: <LineChartOutlined />,
    permission: 'billing.read',
    component: lazy(() => import('./CollectionPage')),
  },
];
