import { lazy } from 'react';
import { MessageOutlined } from '@ant-design/icons';
import type { PageDef } from '../../../app/routes';

/** The messages pages (menu group 'frontdesk'): the desk's message book and call log; everyone's own messages. */
export const messagesPages: PageDef[] = [
  {
    path: '/front-desk/messages',
    labelKey: 'messages:nav.book',
    group: 'frontdesk',
    icon: <MessageOutlined />,
    permission: 'frontdesk.messages',
    component: lazy(() => import('./MessageBookPage')),
  },
  {
    path: '/my/messages',
    labelKey: 'messages:nav.mine',
    icon: <MessageOutlined />,
    roles: ['tenant'],
    tab: 3,
    tabRoles: ['tenant'],
    component: lazy(() => import('./MyMessagesPage')),
  },
];
