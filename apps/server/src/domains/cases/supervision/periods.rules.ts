/**
 * Report periods (S9–S11, pure): days, ISO weeks, months and quarters in the property's time zone.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import timezone from 'dayjs/plugin/timezone.js';
import { addLocalDays } from '../../calendar/index.ts';

dayjs.extend(utc);
dayjs.extend(timezone);

export interface Range {
  from: Date;
  to: Date;
}

/** Local midnight of a 'YYYY-MM-DD' day in the zone, as an instant. */
export const startOfLocalDay = (tz: string, date: string) => dayjs.tz(`${date}T00:00:00`, tz).toDate();
const range = (tz: string, first: string, next: string): Range => ({ from: startOfLocalDay(tz, first), to: startOfLocalDay(tz, next) });

export const dayRange = (tz: string, date: string) => range(tz, date, addLocalDays(date, 1));

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}
export const monthRange = (tz: string, month: string) => range(tz, `${month}-01`, `${addMonths(month, 1)}-01`);

/** '2026Q3' → ['2026-07', '2026-08', '2026-09']. */
export function quarterMonths(quarter: string): string[] {
  const y = quarter.slice(0, 4);
  const q = Number(quarter.slice(5));
  return [0, 1, 2].map((i) => `${y}-${String((q - 1) * 3 + i + 1).padStart(2, '0')}`);
}
export const quarterOf = (month: string) => `${month.slice(0, 4)}Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;

const dow = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
/** Monday of the ISO week that contains `date`. */
export const mondayOf = (date: string) => addLocalDays(date, -((dow(date) + 6) % 7));

/** ISO 8601 week label of a local date, e.g. '2026-W41'. */
export function isoWeek(date: string): string {
  const thursday = addLocalDays(mondayOf(date), 3);
  const year = thursday.slice(0, 4);
  const dayOfYear = (Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${year}-01-01T00:00:00Z`)) / 86_400_000;
  return `${year}-W${String(Math.floor(dayOfYear / 7) + 1).padStart(2, '0')}`;
}

/** Monday of an ISO week label, or null if the label is not a real week. */
export function weekMonday(week: string): string | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) return null;
  const jan4 = `${m[1]}-01-04`;
  const monday = addLocalDays(mondayOf(jan4), (Number(m[2]) - 1) * 7);
  return isoWeek(monday) === week ? monday : null;
}
export function weekRange(tz: string, week: string): (Range & { monday: string; sunday: string }) | null {
  const monday = weekMonday(week);
  if (!monday) return null;
  return { ...range(tz, monday, addLocalDays(monday, 7)), monday, sunday: addLocalDays(monday, 6) };
}
