import { lazy } from 'react';
import { IdcardOutlined } from '@ant-design/icons';
import type { PageDef } from '../../../app/routes';

/** The tenant files pages (menu group 'tenants'): the list, one company's file, the occupancy table to print. */
export const filesPages: PageDef[] = [
  {
    path: '/tenants/files',
    labelKey: 'tenantFiles:nav.title',
    group: 'tenants',
    icon: <IdcardOutlined />,
    permission: 'tenants.read',
    component: lazy(() => import('./TenantListPage')),
  },
  {
    path: '/tenants/files/:organizationId',
    labelKey: 'tenantFiles:nav.title',
    hidden: true,
    component: lazy(() => import('./TenantFilePage')),
  },
  {
    path: '/tenants/occupancy/print',
    labelKey: 'tenantFiles:nav.occupancy',
    hidden: true,
    permission: 'tenants.read',
    component: lazy(() => import('./OccupancyPrintPage')),
  },
];
