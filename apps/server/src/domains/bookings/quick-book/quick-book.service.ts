/**
 * What a dispatcher's quick booking starts from (SPEC M2): the units they booked for lately (remembered
 * on the server, so on every device), the caller found by phone number, and the room's usual attendance
 * and layout over the last half year. Booking staff only; the venue must be the property's.
 */
import { type Ctx, authorize, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import type { QuickBookDefaults } from '@hy/contracts';
import * as repo from './quick-book.repository.ts';
import type { QuickBookQueryInput } from './quick-book.schema.ts';
import { distinctUnits, usualAttendance, usualLayout } from './quick-book.rules.ts';

const HALF_YEAR_MS = 183 * 24 * 3600 * 1000;

export async function quickBookDefaults(ctx: Ctx, q: QuickBookQueryInput): Promise<QuickBookDefaults> {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'bookings.manage');
  if (!(await repo.venueOf(ctx.db, q.propertyId, q.venueId))) throw errors.notFound('venue');
  const [recent, caller, meetings] = await Promise.all([
    repo.recentBy(ctx.db, q.propertyId, actor.id),
    q.phone ? repo.byPhone(ctx.db, q.propertyId, q.phone) : Promise.resolve(null),
    repo.venueMeetings(ctx.db, q.venueId, new Date(ctx.now().getTime() - HALF_YEAR_MS)),
  ]);
  return {
    recent: distinctUnits(recent),
    caller,
    usualAttendees: usualAttendance(meetings.map((m) => m.attendeeCount)),
    usualLayout: usualLayout(meetings.map((m) => m.layout)),
  };
}
