/**
 * Pure rules a booking must meet when it is made or changed (no I/O), tested table-driven in
 * create.rules.test.ts: layout, buffers, capacity, durations, opening hours, restricted venues,
 * approval. The lead time is in ../lead-times.
 */
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import type { LeadTimeSetting, ProblemField, VenueClass } from '@hy/contracts';
import type { Locale } from '../../../lib/locale.ts';
import { say } from '../../../lib/messages.ts';
import { minutesOf } from '../../../lib/time-of-day.ts';
import type { Buffers } from '../booking/booking.rules.ts';

export interface VenueLayoutFacts {
  layout: string;
  capacity: number;
  setupMinutes?: number;
  cleanupMinutes?: number;
}
export interface VenueFacts {
  venueClass: VenueClass;
  seats: number;
  minAttendees: number | null;
  layouts: VenueLayoutFacts[];
  defaultLayout: string | null;
  leadTime: LeadTimeSetting | null;
  openFrom: string;
  openTo: string;
  restricted: boolean;
  allowedOrganizationIds: string[];
}

/** Turnaround when a layout does not say (时间衔接合理): halls need longer to set up. */
export const DEFAULT_BUFFERS: Record<VenueClass, Buffers> = {
  A: { setupMinutes: 15, cleanupMinutes: 15 },
  B: { setupMinutes: 30, cleanupMinutes: 30 },
  C: { setupMinutes: 60, cleanupMinutes: 30 },
};
export const MIN_DURATION_MINUTES = 15;

/**
 * The layout a booking uses: the requested one, else the venue's default, else none.
 * `undefined` when the venue does not offer the requested layout.
 */
export function chosenLayout(
  venue: Pick<VenueFacts, 'layouts' | 'defaultLayout'>,
  requested: string | null | undefined,
): VenueLayoutFacts | null | undefined {
  const name = requested ?? venue.defaultLayout;
  if (!name) return null;
  const found = venue.layouts.find((l) => l.layout === name);
  if (found) return found;
  return requested ? undefined : null;
}

export function buffersFor(venue: Pick<VenueFacts, 'venueClass'>, layout: VenueLayoutFacts | null): Buffers {
  const d = DEFAULT_BUFFERS[venue.venueClass];
  return { setupMinutes: layout?.setupMinutes ?? d.setupMinutes, cleanupMinutes: layout?.cleanupMinutes ?? d.cleanupMinutes };
}

export function capacityFor(venue: Pick<VenueFacts, 'seats'>, layout: VenueLayoutFacts | null): number {
  return layout?.capacity ?? venue.seats;
}

export function attendeeProblem(venue: Pick<VenueFacts, 'seats' | 'minAttendees'>, layout: VenueLayoutFacts | null, attendees: number) {
  if (attendees > capacityFor(venue, layout)) return 'capacity_exceeded' as const;
  if (venue.minAttendees !== null && attendees < venue.minAttendees) return 'below_minimum_attendees' as const;
  return null;
}

/** Start before end, at least 15 minutes, at most the limit, not in the past. */
export function timeErrors(start: Date, end: Date, now: Date, maxHours: number, locale: Locale): ProblemField[] {
  const out: ProblemField[] = [];
  const minutes = (end.getTime() - start.getTime()) / 60_000;
  if (start.getTime() <= now.getTime())
    out.push({ path: 'startAt', code: 'in_past', message: say({ locale }, '开始时间已过', 'The start is in the past') });
  if (minutes <= 0)
    out.push({
      path: 'endAt',
      code: 'end_before_start',
      message: say({ locale }, '结束时间必须晚于开始时间', 'The end must be after the start'),
    });
  else if (minutes < MIN_DURATION_MINUTES)
    out.push({
      path: 'endAt',
      code: 'too_short',
      message: say({ locale }, `会议至少 ${MIN_DURATION_MINUTES} 分钟`, `At least ${MIN_DURATION_MINUTES} minutes`),
    });
  else if (minutes > maxHours * 60)
    out.push({ path: 'endAt', code: 'too_long', message: say({ locale }, `会议最长 ${maxHours} 小时`, `At most ${maxHours} hours`) });
  return out;
}

/** The meeting (buffers aside) lies within one local day's opening hours [openFrom, openTo]. */
export function withinOpenHours(venue: Pick<VenueFacts, 'openFrom' | 'openTo'>, timeZone: string, start: Date, end: Date): boolean {
  const day = dayjs(start).tz(timeZone).format('YYYY-MM-DD');
  const at = (hhmm: string) => dayjs.tz(`${day} ${hhmm}`, timeZone).valueOf();
  return minutesOf(venue.openFrom) < minutesOf(venue.openTo) && start.getTime() >= at(venue.openFrom) && end.getTime() <= at(venue.openTo);
}

/** A restricted venue (the presidium hall) accepts only its named organizations. */
export function restrictionAllows(
  venue: Pick<VenueFacts, 'restricted' | 'allowedOrganizationIds'>,
  organizationId: string | null,
): boolean {
  return !venue.restricted || (organizationId !== null && venue.allowedOrganizationIds.includes(organizationId));
}

/** C class always; any class with large banners / special stage setups (the bureau approves the plan). */
export function needsApproval(venueClass: VenueClass, specialSetup: boolean): boolean {
  return venueClass === 'C' || specialSetup;
}
