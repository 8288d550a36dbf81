/** A property's booking settings (class lead times, the longest booking) and its time zone. */
import type { LeadTimeSetting, VenueClass } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import * as repo from './booking.repository.ts';

export type BookingSettings = { leadTimes?: Partial<Record<VenueClass, LeadTimeSetting>>; bookings?: { maxDurationHours?: number } };

export async function propertyOf(ctx: Ctx, propertyId: string) {
  const p = await repo.findPropertySettings(ctx.db, propertyId);
  if (!p) throw errors.notFound('property');
  return { settings: p.settings as BookingSettings, timeZone: p.timeZone };
}
