import { lazy } from 'react';
import { AlertOutlined, ToolOutlined } from '@ant-design/icons';
import type { PageDef } from '../../../app/routes';

/** The findings pages (menu group 'patrol'): the list, housekeeping's 待整改 on the phone, one finding. */
export const findingsPages: PageDef[] = [
  {
    path: '/inspections/findings',
    labelKey: 'patrolFindings:nav.title',
    group: 'patrol',
    icon: <AlertOutlined />,
    permission: 'inspections.read',
    component: lazy(() => import('./FindingsListPage')),
  },
  {
    path: '/inspections/findings/todo',
    labelKey: 'patrolFindings:nav.todo',
    group: 'patrol',
    icon: <ToolOutlined />,
    permission: 'inspections.findings.fix',
    tab: 2,
    tabRoles: ['housekeeping_supervisor'],
    component: lazy(() => import('./TodoPage')),
  },
  {
    path: '/inspections/findings/:id',
    labelKey: 'patrolFindings:nav.title',
    hidden: true,
    permission: 'inspections.read',
    component: lazy(() => import('./FindingPage')),
  },
];
