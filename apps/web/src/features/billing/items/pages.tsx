import { lazy } from 'react';
import { SettingOutlined } from '@ant-design/icons';
import type { PageDef } from '../../../app/routes';

/** The fee items page (menu group 'fees'). */
export const itemsPages: PageDef[] = [
  {
    path: '/billing/items',
    labelKey: 'feeItems:nav.title',
    group: 'fees',
    icon: <SettingOutlined />,
    permission: 'billing.read',
    component: lazy(() => import('./FeeItemsPage')),
  },
];
