/**
 * GET /cockpit (X6): the caller's first page — for each role family they hold in the property, the
 * tiles (a count and the filtered list behind it) and the charts' data. Read-only; every number is
 * drawn from the list it links to, in the caller's own scope (outside users: their own records).
 */
import type { Cockpit } from '@hy/contracts';
import { type Ctx, memberProperties, requireActor, rolesIn } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import { deskSection } from '../desk/desk.service.ts';
import { departmentSection, engineerSection } from '../department/department.service.ts';
import { managerSection } from '../manager/manager.service.ts';
import { outsideSection } from '../outside/outside.service.ts';
import { financeSection } from '../finance/finance.service.ts';
import { eventsSection } from '../events/events.service.ts';
import { familiesOf } from './overview.rules.ts';
import { cockpitWindow } from './overview.window.ts';

export async function cockpit(ctx: Ctx, q: { propertyId: string }): Promise<Cockpit> {
  const actor = requireActor(ctx);
  // every member of a property has a first page; a property they hold no role in does not exist for them
  if (!memberProperties(actor).includes(q.propertyId)) throw errors.notFound('property');
  const { propertyId } = q;
  const w = cockpitWindow(ctx.now(), (await loadWorkCalendar(ctx.db, propertyId)).timeZone);
  const families = familiesOf(rolesIn(actor, propertyId));
  const out: Cockpit = {
    propertyId,
    at: w.now.toISOString(),
    families,
    tiles: [],
    meetings: null,
    sla: null,
    workOrders: null,
    month: null,
    figures: null,
    trend: null,
    emergencies: null,
  };
  // One family after the other: on PGlite every query shares one connection anyway.
  for (const f of families) {
    const part =
      f === 'desk'
        ? await deskSection(ctx, actor, propertyId, w)
        : f === 'department'
          ? await departmentSection(ctx, actor, propertyId, w)
          : f === 'engineer'
            ? await engineerSection(ctx, propertyId)
            : f === 'manager'
              ? await managerSection(ctx, actor, propertyId, w)
              : f === 'finance'
                ? await financeSection(ctx, propertyId, w)
                : f === 'events'
                  ? await eventsSection(ctx, propertyId, w)
                  : await outsideSection(ctx, actor, propertyId, w);
    const { tiles, ...rest } = part;
    out.tiles.push(...tiles);
    for (const [k, v] of Object.entries(rest)) if (v !== null && v !== undefined) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}
