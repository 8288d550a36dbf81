/** The front desk's pages, one list per sub-feature (menu group 'frontdesk'). */
import type { PageDef } from '../../app/routes';
import { directoryPages } from './directory/pages';
import { visitorsPages } from './visitors/pages';
import { mailPages } from './mail/pages';
import { messagesPages } from './messages/pages';
import { lendingPages } from './lending/pages';
import { executiveFloorPages } from './executive-floor/pages';
import { queuePages } from './queue/pages';
import { handoverPages } from './handover/pages';

export const FRONT_DESK_PAGES: PageDef[] = [
  ...queuePages,
  ...visitorsPages,
  ...mailPages,
  ...messagesPages,
  ...lendingPages,
  ...executiveFloorPages,
  ...handoverPages,
  ...directoryPages,
];
