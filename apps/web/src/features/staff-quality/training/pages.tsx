import { lazy } from 'react';
import { ReadOutlined } from '@ant-design/icons';
import type { PageDef } from '../../../app/routes';

/** The training pages (menu group 'patrol'). */
export const trainingPages: PageDef[] = [
  {
    path: '/quality/training',
    labelKey: 'training:nav.title',
    group: 'patrol',
    icon: <ReadOutlined />,
    permission: 'quality.read',
    component: lazy(() => import('./TrainingPage')),
  },
];
