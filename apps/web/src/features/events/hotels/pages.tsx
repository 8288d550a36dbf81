/** The hotels pages of large events besides its tab (prints, phone pages). */
import { lazy } from 'react';
import type { PageDef } from '../../../app/routes';

export const EVENT_HOTELS_PAGES: PageDef[] = [
  {
    path: '/events/:id/hotels/:hotelId/plan',
    labelKey: 'eventHotels:plan.title',
    hidden: true,
    component: lazy(() => import('./PlanPrintPage')),
  },
];
