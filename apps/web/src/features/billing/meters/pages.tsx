import { lazy } from 'react';
import { DashboardOutlined } from '@ant-design/icons';
import type { PageDef } from '../../../app/routes';

/** The meter readings page (menu group 'fees'; on foot, phone-first). */
export const metersPages: PageDef[] = [
  {
    path: '/billing/meters',
    labelKey: 'feeMeters:nav.title',
    group: 'fees',
    icon: <DashboardOutlined />,
    permission: 'billing.read',
    component: lazy(() => import('./MeterReadingsPage')),
  },
];
