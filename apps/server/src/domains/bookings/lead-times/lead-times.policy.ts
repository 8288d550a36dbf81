/**
 * M3: a booking may not start inside its venue's lead time — 422 lead_time_too_short with the
 * earliest start (rounded up to a booking slot, so that it is accepted) — unless staff holding bookings.override_lead_time give a reason (recorded on the
 * booking and in its audit event).
 */
import type { VenueClass } from '@hy/contracts';
import { type Actor, type Ctx, can } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { local } from '../booking/booking.format.ts';
import { suggestedStart } from './lead-times.rules.ts';

/** The override used (null when the start keeps the lead time); throws when the start is too early and no override is allowed. */
export function leadTimeOverride(
  ctx: Ctx,
  actor: Actor,
  it: { propertyId: string; start: Date; overrideLeadTime?: { reason: string } },
  venueClass: VenueClass,
  earliest: Date,
  timeZone: string,
): { reason: string } | null {
  if (!(it.start < earliest)) return null;
  if (!it.overrideLeadTime) {
    const first = suggestedStart(earliest);
    throw errors.rule(
      'lead_time_too_short',
      say(
        ctx,
        `${venueClass} 类场地最早可预订 ${local(timeZone, first)} 开始的会议`,
        `Class ${venueClass}: the earliest start is ${local(timeZone, first)}`,
      ),
      { earliestStart: first.toISOString() },
    );
  }
  if (!can(actor, it.propertyId, 'bookings.override_lead_time'))
    throw errors.forbidden(say(ctx, '无权放宽预订提前量', 'You may not override the lead time'));
  return it.overrideLeadTime;
}
