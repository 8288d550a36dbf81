import { lazy } from 'react';
import { CrownOutlined } from '@ant-design/icons';
import { PERMISSIONS, type Role } from '@hy/contracts';
import type { PageDef } from '../../../app/routes';

export const executiveFloorPages: PageDef[] = [
  {
    path: '/front-desk/executive-floor',
    labelKey: 'executive:nav.executiveFloor',
    group: 'frontdesk',
    icon: <CrownOutlined />,
    roles: [...(PERMISSIONS['frontdesk.executive'] as readonly Role[]), 'meeting_staff', 'cleaner', 'engineer', 'av_tech', 'security'],
    component: lazy(() => import('./ExecutiveFloorPage')),
  },
];
