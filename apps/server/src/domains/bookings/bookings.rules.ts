/**
 * Pure booking rules (no I/O), tested table-driven in bookings.rules.test.ts: buffers, capacity,
 * opening hours, durations, lead time, restricted venues, approval and the status machine.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import timezone from 'dayjs/plugin/timezone.js';
import type { BookingStatus, LeadTimeSetting, ProblemField, VenueClass } from '@hy/contracts';
import { addDuration, type WorkCalendar } from '../calendar/calendar.rules.ts';
import { effectiveLeadTime, minutesOf } from '../places/places.rules.ts';

dayjs.extend(utc);
dayjs.extend(timezone);

export interface Buffers { setupMinutes: number; cleanupMinutes: number }
export interface VenueLayoutFacts { layout: string; capacity: number; setupMinutes?: number; cleanupMinutes?: number }
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
export const DEFAULT_MAX_DURATION_HOURS = 16;

type Locale = 'zh-CN' | 'en-US';
const say = (locale: Locale, zh: string, en: string) => (locale === 'en-US' ? en : zh);

/**
 * The layout a booking uses: the requested one, else the venue's default, else none.
 * `undefined` when the venue does not offer the requested layout.
 */
export function chosenLayout(venue: Pick<VenueFacts, 'layouts' | 'defaultLayout'>, requested: string | null | undefined): VenueLayoutFacts | null | undefined {
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
  if (start.getTime() <= now.getTime()) out.push({ path: 'startAt', code: 'in_past', message: say(locale, '开始时间已过', 'The start is in the past') });
  if (minutes <= 0) out.push({ path: 'endAt', code: 'end_before_start', message: say(locale, '结束时间必须晚于开始时间', 'The end must be after the start') });
  else if (minutes < MIN_DURATION_MINUTES) out.push({ path: 'endAt', code: 'too_short', message: say(locale, `会议至少 ${MIN_DURATION_MINUTES} 分钟`, `At least ${MIN_DURATION_MINUTES} minutes`) });
  else if (minutes > maxHours * 60) out.push({ path: 'endAt', code: 'too_long', message: say(locale, `会议最长 ${maxHours} 小时`, `At most ${maxHours} hours`) });
  return out;
}

/** The earliest start the venue's lead time allows for a request made at `now`. */
export function earliestStart(cal: WorkCalendar, now: Date, venue: Pick<VenueFacts, 'venueClass' | 'leadTime'>, settings: { leadTimes?: Partial<Record<VenueClass, LeadTimeSetting>> } | null | undefined): Date {
  const { value, unit } = effectiveLeadTime(venue, settings);
  return addDuration(cal, now, { value, unit });
}

/** The meeting (buffers aside) lies within one local day's opening hours [openFrom, openTo]. */
export function withinOpenHours(venue: Pick<VenueFacts, 'openFrom' | 'openTo'>, timeZone: string, start: Date, end: Date): boolean {
  const day = dayjs(start).tz(timeZone).format('YYYY-MM-DD');
  const at = (hhmm: string) => dayjs.tz(`${day} ${hhmm}`, timeZone).valueOf();
  return minutesOf(venue.openFrom) < minutesOf(venue.openTo) && start.getTime() >= at(venue.openFrom) && end.getTime() <= at(venue.openTo);
}

/** A restricted venue (the presidium hall) accepts only its named organizations. */
export function restrictionAllows(venue: Pick<VenueFacts, 'restricted' | 'allowedOrganizationIds'>, organizationId: string | null): boolean {
  return !venue.restricted || (organizationId !== null && venue.allowedOrganizationIds.includes(organizationId));
}

/** C class always; any class with large banners / special stage setups (the bureau approves the plan). */
export function needsApproval(venueClass: VenueClass, specialSetup: boolean): boolean {
  return venueClass === 'C' || specialSetup;
}

export const TRANSITIONS: Record<BookingStatus, readonly BookingStatus[]> = {
  requested: ['confirmed', 'rejected', 'cancelled', 'expired'],
  // A confirmed booking that needs approval goes back to requested when its time or venue changes.
  confirmed: ['requested', 'cancelled'],
  rejected: [],
  cancelled: [],
  expired: [],
};
export const canTransition = (from: BookingStatus, to: BookingStatus) => TRANSITIONS[from].includes(to);
export const isActive = (s: BookingStatus) => s === 'requested' || s === 'confirmed';

/** Status after a change: a confirmed booking needing approval whose time or venue moved is requested again. */
export function statusAfterChange(current: BookingStatus, approval: boolean, moved: boolean): BookingStatus {
  return current === 'confirmed' && approval && moved ? 'requested' : current;
}

/** The span a booking holds: setup before the start, cleanup after the end. */
export function holdWindow(start: Date, end: Date, b: Buffers): { from: Date; to: Date } {
  return { from: new Date(start.getTime() - b.setupMinutes * 60_000), to: new Date(end.getTime() + b.cleanupMinutes * 60_000) };
}

/** HY-2026-000123: year in the property's time zone, sequence per property and year. */
export function bookingNumber(timeZone: string, at: Date, seq: number): string {
  return `HY-${dayjs(at).tz(timeZone).format('YYYY')}-${String(seq).padStart(6, '0')}`;
}
export const counterKey = (timeZone: string, at: Date) => `booking:${dayjs(at).tz(timeZone).format('YYYY')}`;
