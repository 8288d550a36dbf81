/** The wrapup pages of large events besides its tab (prints, phone pages). */
import { lazy } from 'react';
import type { PageDef } from '../../../app/routes';

export const EVENT_WRAPUP_PAGES: PageDef[] = [
  {
    path: '/events/:id/summary-print',
    labelKey: 'eventWrapup:printTitle',
    hidden: true,
    component: lazy(() => import('./SummaryPrintPage')),
  },
];
