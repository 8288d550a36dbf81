import { lazy } from 'react';
import { FolderOpenOutlined } from '@ant-design/icons';
import type { PageDef } from '../../../app/routes';

/** The archive pages (menu group 'tenants'): the register with borrowing, and the register to print. */
export const archivePages: PageDef[] = [
  {
    path: '/tenants/archive',
    labelKey: 'tenantArchive:nav.title',
    group: 'tenants',
    icon: <FolderOpenOutlined />,
    permission: 'tenants.read',
    component: lazy(() => import('./ArchivePage')),
  },
  {
    path: '/tenants/archive/print',
    labelKey: 'tenantArchive:nav.title',
    hidden: true,
    permission: 'tenants.read',
    component: lazy(() => import('./RegisterPrintPage')),
  },
];
