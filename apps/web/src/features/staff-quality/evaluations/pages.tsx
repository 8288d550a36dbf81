import { lazy } from 'react';
import { SolutionOutlined } from '@ant-design/icons';
import type { PageDef } from '../../../app/routes';

/** The evaluations pages (menu group 'patrol'). */
export const evaluationsPages: PageDef[] = [
  {
    path: '/quality/evaluations',
    labelKey: 'evaluations:nav.title',
    group: 'patrol',
    icon: <SolutionOutlined />,
    permission: 'quality.read',
    component: lazy(() => import('./EvaluationsPage')),
  },
];
