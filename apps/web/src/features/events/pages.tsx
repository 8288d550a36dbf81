/** The large-events pages (menu group events (大型会务)): the list, the event with its tabs, and each sub-feature's own pages. */
import { lazy } from 'react';
import { FlagOutlined } from '@ant-design/icons';
import { STAFF_ROLES } from '@hy/contracts';
import type { PageDef } from '../../app/routes';
import { EVENT_PROGRAMME_PAGES } from './programme/pages';
import { EVENT_GUESTS_PAGES } from './guests/pages';
import { EVENT_HOTELS_PAGES } from './hotels/pages';
import { EVENT_TRANSPORT_PAGES } from './transport/pages';
import { EVENT_CATERING_PAGES } from './catering/pages';
import { EVENT_MATERIALS_PAGES } from './materials/pages';
import { EVENT_BUDGET_PAGES } from './budget/pages';
import { EVENT_WRAPUP_PAGES } from './wrapup/pages';

const eventPages: PageDef[] = [
  {
    path: '/events',
    labelKey: 'events:nav.list',
    group: 'events',
    icon: <FlagOutlined />,
    roles: [...STAFF_ROLES, 'organizer'],
    component: lazy(() => import('./event/EventsPage')),
  },
  {
    path: '/events/:id',
    labelKey: 'events:nav.detail',
    hidden: true,
    component: lazy(() => import('./event/EventPage')),
  },
];

export const EVENTS_PAGES: PageDef[] = [
  ...eventPages,
  ...EVENT_PROGRAMME_PAGES,
  ...EVENT_GUESTS_PAGES,
  ...EVENT_HOTELS_PAGES,
  ...EVENT_TRANSPORT_PAGES,
  ...EVENT_CATERING_PAGES,
  ...EVENT_MATERIALS_PAGES,
  ...EVENT_BUDGET_PAGES,
  ...EVENT_WRAPUP_PAGES,
];
