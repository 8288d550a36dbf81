/** A property's booking settings (class lead times, the longest booking) and its time zone. */
import type { Ctx } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import * as repo from './booking.repository.ts';

/** The property's settings document: read through settingsOf (leadTimes.*, bookings.maxDurationHours). */
export type BookingSettings = unknown;

export async function propertyOf(ctx: Ctx, propertyId: string) {
  const p = await repo.findPropertySettings(ctx.db, propertyId);
  if (!p) throw errors.notFound('property');
  return { settings: p.settings as BookingSettings, timeZone: p.timeZone };
}
