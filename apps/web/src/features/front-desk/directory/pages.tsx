import { lazy } from 'react';
import { ContactsOutlined } from '@ant-design/icons';
import type { PageDef } from '../../../app/routes';

export const directoryPages: PageDef[] = [
  {
    path: '/front-desk/directory',
    labelKey: 'directory:nav.directory',
    group: 'frontdesk',
    icon: <ContactsOutlined />,
    permission: 'frontdesk.directory.read',
    component: lazy(() => import('./DirectoryPage')),
  },
];
