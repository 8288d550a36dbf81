/** The programme pages of large events besides its tab (prints, phone pages). */
import { lazy } from 'react';
import type { PageDef } from '../../../app/routes';

export const EVENT_PROGRAMME_PAGES: PageDef[] = [
  {
    path: '/events/:id/programme/print',
    labelKey: 'eventProgramme:printTitle',
    hidden: true,
    component: lazy(() => import('./PrintPage')),
  },
];
