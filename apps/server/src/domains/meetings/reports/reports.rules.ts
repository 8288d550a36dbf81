/**
 * Pure rules of the meeting reports (SPEC M10): report periods in the property's time zone (a day,
 * an ISO week "2026-W23", a month), percentages, hours, and whether a meeting was ready on time.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import timezone from 'dayjs/plugin/timezone.js';

dayjs.extend(utc);
dayjs.extend(timezone);

export interface Period {
  from: Date;
  to: Date;
  label: string;
  days: string[];
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
/** YYYY-MM-DD of a UTC-midnight date used as a plain calendar date. */
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const plusDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const localStart = (date: string, tz: string) => dayjs.tz(`${date}T00:00:00`, tz).toDate();

function period(first: Date, days: number, tz: string, label: string): Period {
  const list = [...Array(days).keys()].map((i) => ymd(plusDays(first, i)));
  return { from: localStart(list[0]!, tz), to: localStart(ymd(plusDays(first, days)), tz), label, days: list };
}

/** A calendar date "YYYY-MM-DD" → that local day; null when not a real date. */
export function dayPeriod(date: string, tz: string): Period | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  if (ymd(d) !== date) return null;
  return period(d, 1, tz, date);
}

/** Monday of ISO week 1 of `year` (the week holding 4 January), as a UTC-midnight date. */
function isoWeekOneMonday(year: number) {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  return plusDays(jan4, -((jan4.getUTCDay() + 6) % 7));
}

/** "YYYY-Www" (ISO 8601 week, Monday first) → Monday 00:00 to next Monday 00:00 local; null when no such week. */
export function weekPeriod(week: string, tz: string): Period | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) return null;
  const year = +m[1]!;
  const w = +m[2]!;
  const weeks = Math.round((isoWeekOneMonday(year + 1).getTime() - isoWeekOneMonday(year).getTime()) / (7 * 86_400_000));
  if (w < 1 || w > weeks) return null;
  return period(plusDays(isoWeekOneMonday(year), (w - 1) * 7), 7, tz, week);
}

/** The ISO week "YYYY-Www" an instant falls in, in the time zone. */
export function isoWeekOf(at: Date, tz: string): string {
  const local = dayjs(at).tz(tz);
  const d = new Date(Date.UTC(local.year(), local.month(), local.date()));
  const thursday = plusDays(d, 3 - ((d.getUTCDay() + 6) % 7));
  const year = thursday.getUTCFullYear();
  const w = 1 + Math.round((thursday.getTime() - plusDays(isoWeekOneMonday(year), 3).getTime()) / (7 * 86_400_000));
  return `${year}-W${pad(w)}`;
}

/** "YYYY-MM" → the local month; null when malformed. */
export function monthPeriod(month: string, tz: string): Period | null {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || +m[2]! < 1 || +m[2]! > 12) return null;
  const first = new Date(Date.UTC(+m[1]!, +m[2]! - 1, 1));
  const next = new Date(Date.UTC(+m[1]!, +m[2]!, 1));
  return period(first, Math.round((next.getTime() - first.getTime()) / 86_400_000), tz, month);
}

export const localDate = (at: Date, tz: string) => dayjs(at).tz(tz).format('YYYY-MM-DD');
export const localMonth = (at: Date, tz: string) => dayjs(at).tz(tz).format('YYYY-MM');

/** Share in percent with one decimal; null when there is nothing to count. */
export function pct(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}
/** Hours with two decimals. */
export const hours = (ms: number) => Math.round((ms / 3600_000) * 100) / 100;
/** Overlap of [a1, a2) with [b1, b2) in milliseconds. */
export const overlapMs = (a1: Date, a2: Date, b1: Date, b2: Date) =>
  Math.max(0, Math.min(a2.getTime(), b2.getTime()) - Math.max(a1.getTime(), b1.getTime()));
export const average = (xs: number[]) => (xs.length ? Math.round((xs.reduce((s, x) => s + x, 0) / xs.length) * 100) / 100 : null);

/**
 * When a department must be ready: by the ready deadline (conference building: the previous working
 * day, seed 004), or without one by the start; never before its own last task due before the start
 * (it cannot be ready before its work is due), never after the start.
 */
export function readyBy(deadline: Date | null, startAt: Date, lastDueBeforeStart: Date | null): Date {
  const base = deadline ?? startAt;
  const by = lastDueBeforeStart && lastDueBeforeStart > base ? lastDueBeforeStart : base;
  return by > startAt ? startAt : by;
}

/** Readiness of one meeting: on time when every department with tasks reported ready by its readyBy; null when none has tasks. */
export function readyOnTime(deps: { readyAt: Date | null; by: Date }[]): boolean | null {
  if (!deps.length) return null;
  return deps.every((d) => !!d.readyAt && d.readyAt.getTime() <= d.by.getTime());
}

/** Counts of `key(x)` over `xs`, as [{key, count}] in first-seen order. */
export function countBy<T>(xs: T[], key: (x: T) => string) {
  const m = new Map<string, number>();
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return [...m].map(([k, count]) => ({ key: k, count }));
}
