/** The 常务副总's cockpit (M13): conferences coming within 30 days, their open duties, the guests yet to answer. */
import type { CockpitTile } from '@hy/contracts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import type { Ctx } from '../../../lib/context.ts';
import { eventCounts } from '../../events/index.ts';
import { tile } from '../overview/overview.rules.ts';
import type { CockpitWindow } from '../overview/overview.window.ts';

export async function eventsSection(ctx: Ctx, propertyId: string, w: CockpitWindow) {
  const c = await eventCounts(ctx.db, propertyId, dayjs(w.now).tz(w.tz).format('YYYY-MM-DD'));
  const tiles: CockpitTile[] = [
    tile('events', 'events_upcoming', c.upcoming, '/events', {}),
    tile('events', 'events_open_duties', c.openDuties, '/events', {}, 'warning'),
    tile('events', 'events_unanswered', c.unanswered, '/events', {}, 'warning'),
  ];
  return { tiles };
}
