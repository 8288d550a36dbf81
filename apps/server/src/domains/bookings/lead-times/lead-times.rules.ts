/**
 * M3 lead times, pure (no I/O), tested table-driven in lead-times.rules.test.ts: which lead time
 * applies to a venue, the earliest start it allows, and the latest time the bureau can still decide
 * a request (when an undecided request expires).
 * Where they are applied: create/create.planning.ts (a start inside the lead time is 422
 * lead_time_too_short unless overridden, see lead-times.policy.ts), approval/approval.jobs.ts (expiry),
 * places' venue presenter (effectiveLeadTime, through the bookings index). The class defaults and
 * units are in the settings registry of packages/contracts (leadTimes.A/B/C, places/settings.ts).
 */
import { BOOKING_SLOT_MINUTES, settingsOf, type LeadTimeSetting, type VenueClass } from '@hy/contracts';
import { addDuration, type WorkCalendar } from '../../calendar/index.ts';

/** What the lead time of a venue depends on: its class, and its own override if any. */
export interface LeadTimeVenue {
  venueClass: VenueClass;
  leadTime: LeadTimeSetting | null;
}
/** A property's settings document (its lead time per venue class: settings leadTimes.A/B/C). */
export type LeadTimeSettings = unknown;

/** The lead time that applies to a venue: its own override, else the property's class default. */
export function effectiveLeadTime(venue: LeadTimeVenue, settings: LeadTimeSettings): LeadTimeSetting & { source: 'venue' | 'class' } {
  if (venue.leadTime) return { ...venue.leadTime, source: 'venue' };
  return { ...settingsOf(settings)[`leadTimes.${venue.venueClass}`], source: 'class' };
}

/** The earliest start the venue's lead time allows for a request made at `now` (to the millisecond: the check). */
export function earliestStart(cal: WorkCalendar, now: Date, venue: LeadTimeVenue, settings: LeadTimeSettings): Date {
  const { value, unit } = effectiveLeadTime(venue, settings);
  return addDuration(cal, now, { value, unit });
}

const SLOT_MS = BOOKING_SLOT_MINUTES * 60_000;
/**
 * The start to suggest when a request was too early: the first booking slot (quarter hour; every time
 * zone's offset is a whole number of quarter hours) at least a minute after the exact earliest start,
 * so that booking exactly the suggestion moments later is accepted.
 */
export const suggestedStart = (earliest: Date): Date => new Date(Math.ceil((earliest.getTime() + 60_000) / SLOT_MS) * SLOT_MS);

// ---------- expiry: the latest time the bureau can still decide ----------

/**
 * The latest instant t at which a request for `start` would still meet the lead time, i.e. the
 * largest t with addDuration(cal, t, lead) <= start (monotonic in t: found by bisection to the ms).
 */
export function latestDecisionTime(cal: WorkCalendar, start: Date, lead: LeadTimeSetting): Date {
  const fits = (t: number) => addDuration(cal, new Date(t), lead).getTime() <= start.getTime();
  let span = 86_400_000;
  while (!fits(start.getTime() - span) && span < 5 * 366 * 86_400_000) span *= 2;
  let lo = start.getTime() - span;
  let hi = start.getTime() + 1;
  if (!fits(lo)) return new Date(lo);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return new Date(lo);
}

/** When an undecided request expires: at its latest decision time, or at its start if it was booked inside the lead time. */
export function expiryTime(cal: WorkCalendar, start: Date, lead: LeadTimeSetting, now: Date): Date {
  const t = latestDecisionTime(cal, start, lead);
  return t.getTime() < now.getTime() ? start : t;
}
