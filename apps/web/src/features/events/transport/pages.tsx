/** The transport pages of large events besides its tab: the dispatch sheet print (A4) and the leader's phone page. */
import { lazy } from 'react';
import type { PageDef } from '../../../app/routes';

export const EVENT_TRANSPORT_PAGES: PageDef[] = [
  {
    path: '/events/:id/transport/dispatch',
    labelKey: 'eventTransport:sheet',
    hidden: true,
    component: lazy(() => import('./DispatchPrintPage')),
  },
  {
    path: '/events/:id/transport/today',
    labelKey: 'eventTransport:today',
    hidden: true,
    component: lazy(() => import('./TodayPage')),
  },
];
