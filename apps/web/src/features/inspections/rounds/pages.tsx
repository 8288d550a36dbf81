import { lazy } from 'react';
import { AimOutlined, CarryOutOutlined } from '@ant-design/icons';
import type { PageDef } from '../../../app/routes';

/** The rounds pages (menu group 'patrol'): the desk list, the inspector's rounds of the day (a phone tab), one round. */
export const roundsPages: PageDef[] = [
  {
    path: '/inspections/rounds',
    labelKey: 'patrolRounds:nav.title',
    group: 'patrol',
    icon: <CarryOutOutlined />,
    permission: 'inspections.read',
    component: lazy(() => import('./RoundsPage')),
  },
  {
    path: '/inspections/my-rounds',
    labelKey: 'patrolRounds:nav.mine',
    group: 'patrol',
    icon: <AimOutlined />,
    permission: 'inspections.walk',
    tab: 2,
    tabRoles: ['tenant_rep', 'housekeeping_supervisor'],
    component: lazy(() => import('./MyRoundsPage')),
  },
  {
    path: '/inspections/rounds/:id',
    labelKey: 'patrolRounds:round.title',
    hidden: true,
    permission: 'inspections.read',
    component: lazy(() => import('./RoundPage')),
  },
];
