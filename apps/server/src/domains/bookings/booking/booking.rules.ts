/**
 * Pure booking rules (no I/O), tested table-driven in bookings.rules.test.ts: buffers, capacity,
 * opening hours, durations, lead time, restricted venues, approval and the status machine.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import timezone from 'dayjs/plugin/timezone.js';
import { createRequire } from 'node:module';
import {
  DEFAULT_BUREAU_REPORT_TIME, SERIES_LIMITS, type BoardItemKind, type BookingStatus, type LeadTimeSetting, type ProblemField, type VenueClass,
} from '@hy/contracts';
import { addDuration, addLocalDays, nextWorkingDay, type WorkCalendar } from '../../calendar/calendar.rules.ts';
import { effectiveLeadTime, minutesOf } from '../../places/places.rules.ts';

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

// ---------- expiry (M3): the latest time the bureau can still decide ----------

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
    if (fits(mid)) lo = mid; else hi = mid;
  }
  return new Date(lo);
}

/** When an undecided request expires: at its latest decision time, or at its start if it was booked inside the lead time. */
export function expiryTime(cal: WorkCalendar, start: Date, lead: LeadTimeSetting, now: Date): Date {
  const t = latestDecisionTime(cal, start, lead);
  return t.getTime() < now.getTime() ? start : t;
}

// ---------- recurrence (M3): RRULE expansion in the property's wall-clock time ----------

const { RRule } = createRequire(import.meta.url)('rrule') as typeof import('rrule');
export interface Occurrence { date: string; start: Date; end: Date }
export interface SeriesSpec { rrule: string; start: Date; end: Date; timeZone: string; exdates: string[]; skipDates: string[] }
export interface Expansion { occurrences: Occurrence[]; excluded: Set<string>; skipped: Set<string>; until: Date | null; count: number | null }

const floating = (d: Date, timeZone: string) => {
  const l = dayjs(d).tz(timeZone);
  return new Date(Date.UTC(l.year(), l.month(), l.date(), l.hour(), l.minute(), l.second()));
};
const unfloat = (d: Date, timeZone: string) => dayjs.tz(d.toISOString().slice(0, 19).replace('T', ' '), timeZone).toDate();

/**
 * Every occurrence of a series, or the field errors: the rule (FREQ DAILY/WEEKLY/MONTHLY, COUNT
 * or UNTIL, no DTSTART of its own), at most 200 occurrences within 2 years of the first start;
 * exception dates (exdates, skipDates) must be occurrences and listed once across both lists.
 * A date-only UNTIL includes that day.
 */
export function expandSeries(s: SeriesSpec, locale: Locale): Expansion | ProblemField[] {
  const err = (path: string, code: string, zh: string, en: string): ProblemField[] => [{ path, code, message: say(locale, zh, en) }];
  let opts: ReturnType<typeof RRule.parseString>;
  try {
    opts = RRule.parseString(s.rrule.replace(/^RRULE:/i, ''));
  } catch (e) {
    return err('rrule', 'invalid', `重复规则无效：${(e as Error).message}`, `Invalid RRULE: ${(e as Error).message}`);
  }
  if (opts.dtstart || opts.tzid) return err('rrule', 'invalid', '重复规则不能包含 DTSTART/TZID（由开始时间决定）', 'No DTSTART/TZID in the rule: the start time sets it');
  if (opts.freq === undefined || opts.freq === null || ![RRule.DAILY, RRule.WEEKLY, RRule.MONTHLY].includes(opts.freq)) {
    return err('rrule', 'unsupported_frequency', '重复频率须为每天、每周或每月', 'FREQ must be DAILY, WEEKLY or MONTHLY');
  }
  if (!opts.count && !opts.until) return err('rrule', 'unbounded', '重复规则须指定次数（COUNT）或截止日期（UNTIL）', 'The rule needs COUNT or UNTIL');
  if (opts.until && !/UNTIL=\d{8}T/i.test(s.rrule)) opts.until = new Date(opts.until.getTime() + 86_399_999);
  const dtstart = floating(s.start, s.timeZone);
  const limit = new Date(dtstart);
  limit.setUTCFullYear(limit.getUTCFullYear() + SERIES_LIMITS.maxYears);
  if (opts.until && opts.until > limit) return err('rrule', 'too_long', `截止日期最晚为首次会议后 ${SERIES_LIMITS.maxYears} 年`, `UNTIL at most ${SERIES_LIMITS.maxYears} years after the first start`);
  const all = new RRule({ ...opts, dtstart }).all((d, i) => i <= SERIES_LIMITS.maxOccurrences && d <= limit);
  if (all.length > SERIES_LIMITS.maxOccurrences) return err('rrule', 'too_many', `最多 ${SERIES_LIMITS.maxOccurrences} 次`, `At most ${SERIES_LIMITS.maxOccurrences} occurrences`);
  if (opts.count && all.length < opts.count) return err('rrule', 'too_long', `全部场次须在首次会议后 ${SERIES_LIMITS.maxYears} 年内`, `All occurrences must fall within ${SERIES_LIMITS.maxYears} years`);
  if (!all.length) return err('rrule', 'empty', '该规则没有任何场次', 'The rule yields no occurrence');
  const duration = s.end.getTime() - s.start.getTime();
  const occurrences = all.map((d) => {
    const start = unfloat(d, s.timeZone);
    return { date: d.toISOString().slice(0, 10), start, end: new Date(start.getTime() + duration) };
  });
  const dates = new Set(occurrences.map((o) => o.date));
  const seen = new Set<string>();
  const fields: ProblemField[] = [];
  for (const [key, list] of [['exdates', s.exdates], ['skipDates', s.skipDates]] as const) {
    list.forEach((d, i) => {
      if (seen.has(d)) fields.push(...err(`${key}.${i}`, 'duplicate', `日期 ${d} 重复`, `${d} is listed twice`));
      else if (!dates.has(d)) fields.push(...err(`${key}.${i}`, 'not_an_occurrence', `${d} 不是该系列的场次`, `${d} is not an occurrence of the series`));
      seen.add(d);
    });
  }
  if (fields.length) return fields;
  return { occurrences, excluded: new Set(s.exdates), skipped: new Set(s.skipDates), until: opts.until ? unfloat(opts.until, s.timeZone) : null, count: opts.count ?? null };
}

// ---------- availability board ----------

export interface HoldFacts { from: Date; to: Date; bookingId: string | null; closureId: string | null; startAt: Date | null; endAt: Date | null }
/** A hold as board items: the meeting, the setup/cleanup buffers around it, or a closure. */
export function boardPieces(h: HoldFacts): { kind: BoardItemKind; start: Date; end: Date }[] {
  if (!h.bookingId || !h.startAt || !h.endAt) return [{ kind: 'closure', start: h.from, end: h.to }];
  const s = Math.max(h.from.getTime(), h.startAt.getTime());
  const e = Math.min(h.to.getTime(), h.endAt.getTime());
  return ([
    ['buffer', h.from.getTime(), s], ['booking', s, e], ['buffer', e, h.to.getTime()],
  ] as const).filter(([, a, b]) => b > a).map(([kind, a, b]) => ({ kind, start: new Date(a), end: new Date(b) }));
}

// ---------- the bureau's daily report (M10) ----------

/**
 * The days the report of `date` covers: every local day after `date` up to and including its
 * second next working day (a Friday report covers the weekend and Monday–Tuesday).
 */
export function bureauReportDays(cal: WorkCalendar, date: string): { from: string; to: string; workingDays: [string, string] } {
  const first = nextWorkingDay(cal, date);
  const second = nextWorkingDay(cal, first);
  return { from: addLocalDays(date, 1), to: second, workingDays: [first, second] };
}

/** 行政办事中心会议室预订情况（6月2日—6月3日） */
export function bureauReportTitle(from: string, to: string): string {
  const md = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
  return `行政办事中心会议室预订情况（${md(from)}—${md(to)}）`;
}

/** The run time of the report: settings.bureauReportTime if it is a valid HH:mm, else 16:30. */
export function bureauReportTime(settings: Record<string, unknown> | null | undefined): string {
  const t = settings?.bureauReportTime;
  return typeof t === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(t) ? t : DEFAULT_BUREAU_REPORT_TIME;
}
