import { lazy } from 'react';
import { ScheduleOutlined } from '@ant-design/icons';
import type { PageDef } from '../../../app/routes';

/** The plans pages (menu group 'patrol'). */
export const plansPages: PageDef[] = [
  {
    path: '/inspections/plans',
    labelKey: 'patrolPlans:nav.title',
    group: 'patrol',
    icon: <ScheduleOutlined />,
    permission: 'inspections.read',
    component: lazy(() => import('./PlansPage')),
  },
  {
    path: '/inspections/plans/print',
    labelKey: 'patrolPlans:nav.title',
    hidden: true,
    permission: 'inspections.read',
    component: lazy(() => import('./PrintPage')),
  },
  {
    path: '/inspections/plans/:id/print',
    labelKey: 'patrolPlans:nav.title',
    hidden: true,
    permission: 'inspections.read',
    component: lazy(() => import('./PrintPage')),
  },
];
