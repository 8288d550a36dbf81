import { lazy } from 'react';
import { FileTextOutlined, WalletOutlined } from '@ant-design/icons';
import type { PageDef } from '../../../app/routes';

/** The notices pages (menu group 'fees'): the list, a notice, its print view; the tenant's bills in the portal. */
export const noticesPages: PageDef[] = [
  {
    path: '/billing/notices',
    labelKey: 'billingNotices:nav.title',
    group: 'fees',
    icon: <FileTextOutlined />,
    permission: 'billing.read',
    component: lazy(() => import('./NoticesPage')),
  },
  {
    path: '/billing/notices/:id/print',
    labelKey: 'billingNotices:nav.print',
    hidden: true,
    permission: 'billing.read',
    component: lazy(() => import('./NoticePrintPage')),
  },
  {
    path: '/billing/notices/:id',
    labelKey: 'billingNotices:nav.title',
    hidden: true,
    permission: 'billing.read',
    component: lazy(() => import('./NoticePage')),
  },
  {
    path: '/portal/bills',
    labelKey: 'billingNotices:nav.portal',
    icon: <WalletOutlined />,
    permission: 'billing.own',
    tab: 3,
    tabRoles: ['tenant'],
    component: lazy(() => import('./PortalBillsPage')),
  },
];
