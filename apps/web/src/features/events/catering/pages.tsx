/** The catering pages of large events besides its tab (prints, phone pages). */
import { lazy } from 'react';
import type { PageDef } from '../../../app/routes';

export const EVENT_CATERING_PAGES: PageDef[] = [
  {
    path: '/events/:id/catering/order-sheet',
    labelKey: 'eventCatering:orderSheet',
    hidden: true,
    component: lazy(() => import('./OrderSheetPrintPage')),
  },
];
