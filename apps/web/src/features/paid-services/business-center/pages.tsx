import { lazy } from 'react';
import { PrinterOutlined } from '@ant-design/icons';
import type { PageDef } from '../../../app/routes';

/** The business center pages (menu group 'fees'): the desk page with its tabs, and the print views. */
export const businessCenterPages: PageDef[] = [
  {
    path: '/paid-services/business-center',
    labelKey: 'bizCenter:nav.title',
    group: 'fees',
    icon: <PrinterOutlined />,
    permission: 'paidservices.read',
    tab: 4,
    tabRoles: ['front_desk'],
    component: lazy(() => import('./BusinessCenterPage')),
  },
  {
    path: '/paid-services/business-center/register/print',
    labelKey: 'bizCenter:nav.title',
    hidden: true,
    permission: 'paidservices.read',
    component: lazy(() => import('./RegisterPrintPage')),
  },
  {
    path: '/paid-services/business-center/slips/:id/print',
    labelKey: 'bizCenter:nav.title',
    hidden: true,
    permission: 'paidservices.read',
    component: lazy(() => import('./SlipPrintPage')),
  },
  {
    path: '/paid-services/business-center/faxes/:id/notice',
    labelKey: 'bizCenter:nav.title',
    hidden: true,
    permission: 'paidservices.read',
    component: lazy(() => import('./FaxNoticePrintPage')),
  },
];
