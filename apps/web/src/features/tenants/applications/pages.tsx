import { lazy } from 'react';
import { FormOutlined } from '@ant-design/icons';
import { STAFF_ROLES } from '@hy/contracts';
import type { PageDef } from '../../../app/routes';

/** The applications pages (menu group 'tenants'): the list (a tenant sees their own) and one application. */
export const applicationsPages: PageDef[] = [
  {
    path: '/tenants/applications',
    labelKey: 'tenantApplications:nav.title',
    group: 'tenants',
    icon: <FormOutlined />,
    roles: [...STAFF_ROLES, 'tenant'],
    component: lazy(() => import('./ApplicationsPage')),
  },
  {
    path: '/tenants/applications/:id',
    labelKey: 'tenantApplications:nav.title',
    hidden: true,
    roles: [...STAFF_ROLES, 'tenant'],
    component: lazy(() => import('./ApplicationPage')),
  },
];
