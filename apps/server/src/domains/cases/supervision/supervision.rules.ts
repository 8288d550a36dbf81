/**
 * Supervision rules (S9, pure): when the scheduled reminders of the daily, weekly and monthly reviews
 * and of the monthly complaint statistics fall due on the work calendar.
 */
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { addMonths, isoWeek, mondayOf, type Role } from '@hy/contracts';
import { addLocalDays, isWorkingDay, localDate, nextWorkingDay, previousWorkingDay, type WorkCalendar } from '../../calendar/index.ts';
import { startOfLocalDay } from '../../../lib/periods.ts';

/** The PM reviews the previous month by the 5th (seed 004 篇4 ⑸): late once the 6th begins. */
export const monthlyReviewDeadline = (tz: string, month: string) => startOfLocalDay(`${addMonths(month, 1)}-06`, tz);

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
export interface DueReport {
  kind: ScheduledKind;
  period: string;
  roles: Role[];
}

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
  if (isWorkingDay(cal, today) && t >= at(cal, today, cal.workEnd, 30))
    out.push({ kind: 'daily_review', period: today, roles: ['cs_supervisor'] });
  const monday = mondayOf(today);
  const firstOfWeek = isWorkingDay(cal, monday) ? monday : nextWorkingDay(cal, monday);
  if (firstOfWeek <= today && t >= at(cal, firstOfWeek, cal.workStart)) {
    out.push({ kind: 'weekly_summary', period: isoWeek(addLocalDays(monday, -1)), roles: ['cs_supervisor', 'project_manager'] });
  }
  const firstOfMonth = firstWorkingDayOfMonth(cal, month);
  if (firstOfMonth <= today && t >= at(cal, firstOfMonth, cal.workStart))
    out.push({ kind: 'monthly_review', period: addMonths(month, -1), roles: ['project_manager'] });
  const stats = statisticsDay(cal, month);
  if (stats <= today && t >= at(cal, stats, cal.workStart))
    out.push({ kind: 'complaints_monthly', period: month, roles: ['cs_supervisor', 'project_manager'] });
  return out;
}
