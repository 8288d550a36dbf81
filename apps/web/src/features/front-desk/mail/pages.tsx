import { lazy } from 'react';
import { InboxOutlined, GiftOutlined, ReadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { PageDef } from '../../../app/routes';

/** The mail pages (menu group 'frontdesk'): the mail room's desk, newspapers, accuracy, the register print view; the tenant's parcels. */
export const mailPages: PageDef[] = [
  {
    path: '/front-desk/mail',
    tab: 1.5,
    tabRoles: ['mail_clerk'],
    labelKey: 'mail:nav.desk',
    group: 'frontdesk',
    icon: <InboxOutlined />,
    permission: 'frontdesk.mail',
    component: lazy(() => import('./MailDeskPage')),
  },
  {
    path: '/front-desk/mail/newspapers',
    labelKey: 'mail:nav.newspapers',
    group: 'frontdesk',
    icon: <ReadOutlined />,
    permission: 'frontdesk.mail',
    component: lazy(() => import('./NewspapersPage')),
  },
  {
    path: '/front-desk/mail/quality',
    labelKey: 'mail:nav.quality',
    group: 'frontdesk',
    icon: <SafetyCertificateOutlined />,
    permission: 'frontdesk.mail',
    component: lazy(() => import('./QualityPage')),
  },
  {
    path: '/front-desk/mail/register/print',
    labelKey: 'mail:nav.register',
    hidden: true,
    permission: 'frontdesk.mail',
    component: lazy(() => import('./RegisterPrintPage')),
  },
  {
    path: '/my/parcels',
    tab: 3,
    tabRoles: ['tenant'],
    labelKey: 'mail:nav.mine',
    icon: <GiftOutlined />,
    roles: ['tenant'],
    component: lazy(() => import('./MyParcelsPage')),
  },
];
