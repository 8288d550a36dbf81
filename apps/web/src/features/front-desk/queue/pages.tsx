import { lazy } from 'react';
import { DashboardOutlined } from '@ant-design/icons';
import { QUEUE_ROLES } from '@hy/contracts';
import type { PageDef } from '../../../app/routes';

/** The desk queue (menu group 'frontdesk', first): for everyone who reads one of its lists. */
export const queuePages: PageDef[] = [
  {
    path: '/front-desk',
    labelKey: 'queue:nav',
    group: 'frontdesk',
    icon: <DashboardOutlined />,
    roles: [...QUEUE_ROLES],
    component: lazy(() => import('./QueuePage')),
  },
];
