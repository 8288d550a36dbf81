import { lazy } from 'react';
import { AuditOutlined } from '@ant-design/icons';
import type { PageDef } from '../../../app/routes';

/** The contractor's evaluation page (menu group 'patrol'). */
export const contractorPages: PageDef[] = [
  {
    path: '/quality/contractor',
    labelKey: 'contractor:nav.title',
    group: 'patrol',
    icon: <AuditOutlined />,
    permission: 'quality.read',
    component: lazy(() => import('./ContractorPage')),
  },
];
