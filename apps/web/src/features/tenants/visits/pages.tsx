import { lazy } from 'react';
import { TeamOutlined } from '@ant-design/icons';
import type { PageDef } from '../../../app/routes';

/** The visits pages (menu group 'tenants'): the visits with the companies and greetings, a visit, the register print view. */
export const visitsPages: PageDef[] = [
  {
    path: '/tenants/visits',
    labelKey: 'tenantVisits:nav.title',
    group: 'tenants',
    icon: <TeamOutlined />,
    permission: 'tenants.visits',
    tab: 4,
    tabRoles: ['tenant_rep'],
    component: lazy(() => import('./VisitsPage')),
  },
  {
    path: '/tenants/visits/register/print',
    labelKey: 'tenantVisits:register.title',
    hidden: true,
    permission: 'tenants.visits',
    component: lazy(() => import('./RegisterPrintPage')),
  },
  {
    path: '/tenants/visits/:id',
    labelKey: 'tenantVisits:nav.title',
    hidden: true,
    permission: 'tenants.visits',
    component: lazy(() => import('./VisitPage')),
  },
];
