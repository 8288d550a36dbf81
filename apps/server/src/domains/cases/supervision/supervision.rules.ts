/**
 * Supervision and measures (S9–S11), pure: report periods in the property's time zone, when the
 * scheduled reminders fall due on the work calendar, the complaint rate, retention cut-offs.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import timezone from 'dayjs/plugin/timezone.js';
import {
  COMPLAINT_RATE_TARGET, DEFAULT_CASE_RETENTION, type CaseRetention, type Role,
} from '@hy/contracts';
import { addLocalDays, isWorkingDay, localDate, nextWorkingDay, previousWorkingDay, type WorkCalendar } from '../../calendar/calendar.rules.ts';

dayjs.extend(utc);
dayjs.extend(timezone);

export interface Range { from: Date; to: Date }

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

/** The PM reviews the previous month by the 5th (seed 004 篇4 ⑸): late once the 6th begins. */
export const monthlyReviewDeadline = (tz: string, month: string) => startOfLocalDay(tz, `${addMonths(month, 1)}-06`);

/** The first working day of a month (the PM's reminder), the last working day on or before the 25th (statistics go up before the 30th). */
export function firstWorkingDayOfMonth(cal: WorkCalendar, month: string): string {
  const first = `${month}-01`;
  return isWorkingDay(cal, first) ? first : nextWorkingDay(cal, first);
}
export function statisticsDay(cal: WorkCalendar, month: string): string {
  const d = `${month}-25`;
  return isWorkingDay(cal, d) ? d : previousWorkingDay(cal, d);
}

export type ScheduledKind = 'daily_review' | 'weekly_summary' | 'monthly_review' | 'complaints_monthly';
export interface DueReport { kind: ScheduledKind; period: string; roles: Role[] }

const at = (cal: WorkCalendar, date: string, hhmm: string, minusMinutes = 0) =>
  dayjs.tz(`${date}T${hhmm}:00`, cal.timeZone).subtract(minusMinutes, 'minute').toDate().getTime();

/**
 * The reports whose reminder is due at `now` (the caller sends each once):
 * - the daily review 30 minutes before the end of each working day, to the CS supervisor;
 * - last week's summary from the start of the week's first working day (normally Monday);
 * - last month's PM review from the start of the month's first working day;
 * - this month's complaint statistics from the start of the statistics day (before the 30th).
 * Reminders missed while no instance ran are caught up within their period.
 */
export function dueReports(cal: WorkCalendar, now: Date): DueReport[] {
  const t = now.getTime();
  const today = localDate(cal, now);
  const month = today.slice(0, 7);
  const out: DueReport[] = [];
  if (isWorkingDay(cal, today) && t >= at(cal, today, cal.workEnd, 30)) out.push({ kind: 'daily_review', period: today, roles: ['cs_supervisor'] });
  const monday = mondayOf(today);
  const firstOfWeek = isWorkingDay(cal, monday) ? monday : nextWorkingDay(cal, monday);
  if (firstOfWeek <= today && t >= at(cal, firstOfWeek, cal.workStart)) {
    out.push({ kind: 'weekly_summary', period: isoWeek(addLocalDays(monday, -1)), roles: ['cs_supervisor', 'project_manager'] });
  }
  const firstOfMonth = firstWorkingDayOfMonth(cal, month);
  if (firstOfMonth <= today && t >= at(cal, firstOfMonth, cal.workStart)) out.push({ kind: 'monthly_review', period: addMonths(month, -1), roles: ['project_manager'] });
  const stats = statisticsDay(cal, month);
  if (stats <= today && t >= at(cal, stats, cal.workStart)) out.push({ kind: 'complaints_monthly', period: month, roles: ['cs_supervisor', 'project_manager'] });
  return out;
}

export interface RateMonth { month: string; validComplaints: number; households: number; rate: number | null; overTarget: boolean }
/** S10: valid complaints ÷ households, target < 5% every month. */
export function complaintRate(month: string, validComplaints: number, households: number): RateMonth {
  const rate = households > 0 ? validComplaints / households : null;
  return { month, validComplaints, households, rate: rate === null ? null : Math.round(rate * 10_000) / 10_000, overTarget: rate !== null && rate >= COMPLAINT_RATE_TARGET };
}

/** A share as a percentage with one decimal; null when nothing was measured. */
export const percent = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 1000) / 10 : null);

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
/** `settings.caseRetention` over the defaults. */
export function retentionOf(settings: unknown): CaseRetention {
  const r = isObj(settings) && isObj(settings.caseRetention) ? settings.caseRetention : {};
  return {
    repairYears: typeof r.repairYears === 'number' ? r.repairYears : DEFAULT_CASE_RETENTION.repairYears,
    complaintYears: typeof r.complaintYears === 'number' ? r.complaintYears : r.complaintYears === null ? null : DEFAULT_CASE_RETENTION.complaintYears,
  };
}

/** Closed cases closed before the cut-off get archived; null = never (complaint registers are kept long-term). */
export function archiveCutoffs(r: CaseRetention, now: Date): { repair: Date | null; complaint: Date | null } {
  const back = (years: number | null) => (years === null ? null : dayjs(now).subtract(years * 12, 'month').toDate());
  return { repair: back(r.repairYears), complaint: back(r.complaintYears) };
}

/** 金额 in fen as yuan text (1234 → '12.34'). */
export const yuan = (fen: number) => `${fen < 0 ? '-' : ''}${Math.floor(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, '0')}`;
