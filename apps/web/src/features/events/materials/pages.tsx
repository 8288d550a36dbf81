/** The materials pages of large events besides its tab (prints, phone pages). */
import { lazy } from 'react';
import { STAFF_ROLES } from '@hy/contracts';
import type { PageDef } from '../../../app/routes';

export const EVENT_MATERIALS_PAGES: PageDef[] = [
  {
    path: '/events/:id/materials/print',
    labelKey: 'eventMaterials:printTitle',
    hidden: true,
    roles: [...STAFF_ROLES, 'organizer'],
    component: lazy(() => import('./MaterialsPrintPage')),
  },
  {
    path: '/events/:id/materials/phone',
    labelKey: 'eventMaterials:phoneTitle',
    hidden: true,
    roles: [...STAFF_ROLES],
    component: lazy(() => import('./MaterialsPhonePage')),
  },
];
