/**
 * Which days are working days (pure, no I/O). A calendar is a time zone, one daily working window
 * [workStart, workEnd) in local time (no lunch break) and per-date overrides.
 *
 * - Working day: an override wins ('holiday' = rest day, 'workday' = working day, e.g. a 调休
 *   make-up Saturday); otherwise Monday–Friday. Built-in and admin overrides are layered with
 *   `mergeOverrides` (later layers win).
 * - Dates are local 'YYYY-MM-DD' strings; a malformed one throws RangeError.
 * Arithmetic on instants and working time is in working-hours.rules.ts.
 */
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { addDays } from '@hy/contracts';

export type DayOverrideKind = 'holiday' | 'workday';
export interface DayOverride {
  kind: DayOverrideKind;
  name?: string;
}
export interface WorkCalendar {
  /** IANA zone, e.g. 'Asia/Shanghai' */
  timeZone: string;
  /** local 'HH:mm', e.g. '08:30' */
  workStart: string;
  /** local 'HH:mm', e.g. '17:30' */
  workEnd: string;
  /** keyed 'YYYY-MM-DD' local date; holiday = rest day, workday = make-up working day (调休) */
  overrides: ReadonlyMap<string, DayOverride>;
}
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup_workday';
export interface DayInfo {
  date: string;
  working: boolean;
  kind: DayKind;
  name?: string;
}

/** Upper bound when searching for the next working day (guards against all-holiday calendars). */
const MAX_SCAN_DAYS = 3_660;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

// ---------------------------------------------------------------------------------------------
// Local-date helpers (pure string arithmetic on the proleptic Gregorian calendar)
// ---------------------------------------------------------------------------------------------

export function parseDate(date: string): number {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`invalid local date '${date}', expected YYYY-MM-DD`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`invalid local date '${date}'`);
  }
  return ms;
}

/** Adds whole days to a 'YYYY-MM-DD' date (contracts' addDays; throws RangeError on a malformed date). */
export function addLocalDays(date: string, days: number): string {
  parseDate(date);
  return addDays(date, days);
}

/** 0 = Sunday … 6 = Saturday. */
function weekday(date: string): number {
  return new Date(parseDate(date)).getUTCDay();
}

function isWeekend(date: string): boolean {
  const d = weekday(date);
  return d === 0 || d === 6;
}

export function parseTime(value: string, label: string): string {
  if (!TIME_RE.test(value)) throw new RangeError(`invalid ${label} '${value}', expected HH:mm`);
  return value;
}

/** Layers override maps; later layers win (e.g. mergeOverrides(builtinOverrides(), adminOverrides)). */
export function mergeOverrides(...layers: ReadonlyArray<ReadonlyMap<string, DayOverride>>): Map<string, DayOverride> {
  const merged = new Map<string, DayOverride>();
  for (const layer of layers) for (const [date, o] of layer) merged.set(date, o);
  return merged;
}

/** Throws RangeError if the calendar's time zone or working hours are invalid. */
export function validateCalendar(cal: WorkCalendar): void {
  const start = parseTime(cal.workStart, 'workStart');
  const end = parseTime(cal.workEnd, 'workEnd');
  if (start >= end) throw new RangeError(`workStart ${start} must be before workEnd ${end}`);
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: cal.timeZone });
  } catch {
    throw new RangeError(`invalid time zone '${cal.timeZone}'`);
  }
  for (const date of cal.overrides.keys()) parseDate(date);
}

/** 'YYYY-MM-DD' of `instant` in cal.timeZone. */
export function localDate(cal: WorkCalendar, instant: Date): string {
  return dayjs(instant).tz(cal.timeZone).format('YYYY-MM-DD');
}

// ---------------------------------------------------------------------------------------------
// Days
// ---------------------------------------------------------------------------------------------

/** Override wins; otherwise Monday–Friday. */
export function isWorkingDay(cal: WorkCalendar, date: string): boolean {
  const o = cal.overrides.get(date);
  if (o) {
    parseDate(date);
    return o.kind === 'workday';
  }
  return !isWeekend(date);
}

export function dayInfo(cal: WorkCalendar, date: string): DayInfo {
  const o = cal.overrides.get(date);
  const weekend = isWeekend(date);
  if (o?.kind === 'holiday') return withName({ date, working: false, kind: 'holiday' }, o.name);
  if (o?.kind === 'workday') {
    return withName({ date, working: true, kind: weekend ? 'makeup_workday' : 'workday' }, o.name);
  }
  return weekend ? { date, working: false, kind: 'weekend' } : { date, working: true, kind: 'workday' };
}

function withName(info: DayInfo, name: string | undefined): DayInfo {
  return name === undefined ? info : { ...info, name };
}

/** Inclusive list of working days between local dates `from` and `to` ([] if to < from). */
export function workingDaysInRange(cal: WorkCalendar, from: string, to: string): string[] {
  const end = parseDate(to);
  const days: string[] = [];
  for (let d = from; parseDate(d) <= end; d = addLocalDays(d, 1)) {
    if (isWorkingDay(cal, d)) days.push(d);
  }
  return days;
}

/** The first working day strictly after (step 1) or before (step -1) `date`. */
function nearestWorkingDay(cal: WorkCalendar, date: string, step: 1 | -1): string {
  let d = date;
  for (let i = 0; i < MAX_SCAN_DAYS; i++) {
    d = addLocalDays(d, step);
    if (isWorkingDay(cal, d)) return d;
  }
  throw new Error(`no working day within ${MAX_SCAN_DAYS} days ${step > 0 ? 'after' : 'before'} ${date}`);
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(cal: WorkCalendar, date: string): string {
  return nearestWorkingDay(cal, date, 1);
}

/** The last working day strictly before `date`. */
export function previousWorkingDay(cal: WorkCalendar, date: string): string {
  return nearestWorkingDay(cal, date, -1);
}

/** The n-th working day after `date` (n = 0 → `date` itself, whatever it is). */
export function nthWorkingDayAfter(cal: WorkCalendar, date: string, n: number): string {
  let d = date;
  for (let i = 0; i < n; i++) d = nextWorkingDay(cal, d);
  return d;
}
