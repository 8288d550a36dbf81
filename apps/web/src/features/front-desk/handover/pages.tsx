import { lazy } from 'react';
import { SwapOutlined } from '@ant-design/icons';
import type { PageDef } from '../../../app/routes';

/** The shift handover page (menu group 'frontdesk'). */
export const handoverPages: PageDef[] = [
  {
    path: '/front-desk/handover',
    labelKey: 'handover:nav',
    group: 'frontdesk',
    icon: <SwapOutlined />,
    permission: 'frontdesk.handover',
    component: lazy(() => import('./HandoverPage')),
  },
];
