/**
 * Working-time arithmetic on a work calendar (pure, no I/O); which days work is work-days.rules.ts.
 *
 * A calendar is a time zone, one daily working window [workStart, workEnd) in local time (no lunch
 * break) and per-date overrides. Semantics chosen (they decide SLA deadlines):
 *
 * - Inside working hours: a working day and workStart <= local time < workEnd.
 * - Working-time arithmetic counts only time inside working windows, at millisecond precision.
 *   A result landing exactly on a day boundary is reported as that day's workEnd, never as the
 *   next working morning (9 working hours from Mon 08:30 = Mon 17:30).
 * - addWorkingHours(start, h): from nextWorkingStart(start); h = 0 returns nextWorkingStart(start).
 * - addWorkingDays(start, n): inside working hours → same local time of day on the n-th following
 *   working day; outside → counted from nextWorkingStart(start), so n whole days end at workEnd of
 *   the n-th working day counted from (and including) that day. Fractions = fraction of one
 *   working-day length, added as working hours. E.g. with 2026 National Day (10-01..10-07 off,
 *   Sat 10-10 a make-up day): Wed 09-30 17:00 + 2 → Fri 10-09 17:00; Wed 09-30 18:00 + 2 →
 *   Fri 10-09 17:30; Fri 10-09 17:00 + 2 → Mon 10-12 17:00 (Sat 10-10 counts).
 * - endOfWorkingDay(t): today's workEnd if today is a working day and t <= workEnd, else the next
 *   working day's workEnd.
 * - addDuration: minutes/hours = elapsed time; calendar_days = same local time N local dates later
 *   (fraction added as elapsed time); end_of_working_day with value n = workEnd of the n-th
 *   working day after the day endOfWorkingDay(start) falls on (n must be a whole number).
 * - workingMinutesBetween(a, b): working minutes in [a, b) (fractional, 0 if b <= a).
 * Negative or non-finite amounts throw RangeError.
 */
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import {
  addLocalDays,
  isWorkingDay,
  localDate,
  nextWorkingDay,
  nthWorkingDayAfter,
  parseDate,
  parseTime,
  previousWorkingDay,
  type WorkCalendar,
} from './work-days.rules.ts';

export type DurationUnit = 'minutes' | 'hours' | 'calendar_days' | 'working_hours' | 'working_days' | 'end_of_working_day';
export interface DurationSetting {
  value: number;
  unit: DurationUnit;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

function assertAmount(value: number, label: string): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${label} must be a finite, non-negative number (got ${value})`);
  }
}

// ---------------------------------------------------------------------------------------------
// Zoned helpers
// ---------------------------------------------------------------------------------------------

/** The instant of local `date` at local `time` ('HH:mm' or 'HH:mm:ss.SSS') in cal.timeZone. */
function zoned(cal: WorkCalendar, date: string, time: string): Date {
  parseDate(date);
  return dayjs.tz(`${date} ${time}`, cal.timeZone).toDate();
}

function windowStart(cal: WorkCalendar, date: string): Date {
  return zoned(cal, date, parseTime(cal.workStart, 'workStart'));
}

function windowEnd(cal: WorkCalendar, date: string): Date {
  return zoned(cal, date, parseTime(cal.workEnd, 'workEnd'));
}

// ---------------------------------------------------------------------------------------------
// Instants
// ---------------------------------------------------------------------------------------------

/** A working day and workStart <= local time < workEnd. */
export function isWithinWorkingHours(cal: WorkCalendar, instant: Date): boolean {
  const date = localDate(cal, instant);
  if (!isWorkingDay(cal, date)) return false;
  const t = instant.getTime();
  return windowStart(cal, date).getTime() <= t && t < windowEnd(cal, date).getTime();
}

/** `instant` itself if inside working hours, else the start of the next working window. */
export function nextWorkingStart(cal: WorkCalendar, instant: Date): Date {
  const date = localDate(cal, instant);
  if (isWorkingDay(cal, date)) {
    const t = instant.getTime();
    const start = windowStart(cal, date);
    if (t < start.getTime()) return start;
    if (t < windowEnd(cal, date).getTime()) return new Date(t);
  }
  return windowStart(cal, nextWorkingDay(cal, date));
}

/** `instant` itself if inside (workStart, workEnd] of a working day, else the previous workEnd. */
export function previousWorkingEnd(cal: WorkCalendar, instant: Date): Date {
  const date = localDate(cal, instant);
  if (isWorkingDay(cal, date)) {
    const t = instant.getTime();
    const end = windowEnd(cal, date);
    if (t > end.getTime()) return end;
    if (t > windowStart(cal, date).getTime()) return new Date(t);
  }
  return windowEnd(cal, previousWorkingDay(cal, date));
}

/** Today's workEnd if today is a working day and instant <= workEnd, else the next working day's workEnd. */
export function endOfWorkingDay(cal: WorkCalendar, instant: Date): Date {
  const date = localDate(cal, instant);
  if (isWorkingDay(cal, date)) {
    const end = windowEnd(cal, date);
    if (instant.getTime() <= end.getTime()) return end;
  }
  return windowEnd(cal, nextWorkingDay(cal, date));
}

function addWorkingMs(cal: WorkCalendar, start: Date, ms: number): Date {
  let cursor = nextWorkingStart(cal, start);
  let remaining = ms;
  for (;;) {
    const date = localDate(cal, cursor);
    const end = windowEnd(cal, date).getTime();
    const available = end - cursor.getTime();
    if (remaining <= available) return new Date(cursor.getTime() + remaining);
    remaining -= available;
    cursor = windowStart(cal, nextWorkingDay(cal, date));
  }
}

/** Counts only time inside working windows; 0 hours → nextWorkingStart(start). */
export function addWorkingHours(cal: WorkCalendar, start: Date, hours: number): Date {
  assertAmount(hours, 'hours');
  return addWorkingMs(cal, start, hours * HOUR_MS);
}

/** Inverse of addWorkingHours: walks backwards from previousWorkingEnd(end). */
export function subtractWorkingHours(cal: WorkCalendar, end: Date, hours: number): Date {
  assertAmount(hours, 'hours');
  let cursor = previousWorkingEnd(cal, end);
  let remaining = hours * HOUR_MS;
  for (;;) {
    const date = localDate(cal, cursor);
    const start = windowStart(cal, date).getTime();
    const available = cursor.getTime() - start;
    if (remaining <= available) return new Date(cursor.getTime() - remaining);
    remaining -= available;
    cursor = windowEnd(cal, previousWorkingDay(cal, date));
  }
}

/** Length of one working window in milliseconds (wall-clock minutes, DST-independent). */
function workingDayMs(cal: WorkCalendar): number {
  const minutes = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const start = minutes(parseTime(cal.workStart, 'workStart'));
  const end = minutes(parseTime(cal.workEnd, 'workEnd'));
  return (end - start) * MINUTE_MS;
}

/** "N working days later"; see header for exact semantics. */
export function addWorkingDays(cal: WorkCalendar, start: Date, days: number): Date {
  assertAmount(days, 'days');
  const whole = Math.floor(days);
  const fractionMs = (days - whole) * workingDayMs(cal);
  let result: Date;
  if (isWithinWorkingHours(cal, start)) {
    const date = localDate(cal, start);
    const offset = start.getTime() - windowStart(cal, date).getTime();
    const target = nthWorkingDayAfter(cal, date, whole);
    result = new Date(windowStart(cal, target).getTime() + offset);
  } else {
    const anchor = nextWorkingStart(cal, start);
    if (whole === 0) result = anchor;
    else result = windowEnd(cal, nthWorkingDayAfter(cal, localDate(cal, anchor), whole - 1));
  }
  return fractionMs > 0 ? addWorkingMs(cal, result, fractionMs) : result;
}

/** Working minutes in [a, b); 0 if b <= a. May be fractional. */
export function workingMinutesBetween(cal: WorkCalendar, a: Date, b: Date): number {
  const from = a.getTime();
  const to = b.getTime();
  if (to <= from) return 0;
  const last = localDate(cal, b);
  let total = 0;
  for (let d = localDate(cal, a); d <= last; d = addLocalDays(d, 1)) {
    if (!isWorkingDay(cal, d)) continue;
    const s = Math.max(from, windowStart(cal, d).getTime());
    const e = Math.min(to, windowEnd(cal, d).getTime());
    if (e > s) total += e - s;
  }
  return total / MINUTE_MS;
}

/** Same local time of day `days` local dates later (fraction added as elapsed time). */
function addCalendarDays(cal: WorkCalendar, start: Date, days: number): Date {
  const whole = Math.floor(days);
  const local = dayjs(start).tz(cal.timeZone);
  const shifted = zoned(cal, addLocalDays(local.format('YYYY-MM-DD'), whole), local.format('HH:mm:ss.SSS'));
  return new Date(shifted.getTime() + (days - whole) * DAY_MS);
}

export function addDuration(cal: WorkCalendar, start: Date, d: DurationSetting): Date {
  assertAmount(d.value, `duration value (${d.unit})`);
  switch (d.unit) {
    case 'minutes':
      return new Date(start.getTime() + d.value * MINUTE_MS);
    case 'hours':
      return new Date(start.getTime() + d.value * HOUR_MS);
    case 'calendar_days':
      return addCalendarDays(cal, start, d.value);
    case 'working_hours':
      return addWorkingHours(cal, start, d.value);
    case 'working_days':
      return addWorkingDays(cal, start, d.value);
    case 'end_of_working_day': {
      if (!Number.isInteger(d.value)) {
        throw new RangeError(`end_of_working_day needs a whole number of days (got ${d.value})`);
      }
      const base = endOfWorkingDay(cal, start);
      if (d.value === 0) return base;
      return windowEnd(cal, nthWorkingDayAfter(cal, localDate(cal, base), d.value));
    }
  }
}

/** Lead-time check, e.g. "C-class booking needs 1 working day notice". */
export function meetsLeadTime(cal: WorkCalendar, requestedAt: Date, eventStart: Date, lead: DurationSetting): boolean {
  return addDuration(cal, requestedAt, lead).getTime() <= eventStart.getTime();
}
