/** Pure staffing rules (SPEC M6): roster shifts from the seed-000 working hours, and assignment warnings. */
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import type { AssignmentWarning } from '@hy/contracts';
import { isWorkingDay, workingDaysInRange, type WorkCalendar } from '../../calendar/index.ts';

const at = (tz: string, date: string, hhmm: string) => dayjs.tz(`${date} ${hhmm}`, 'YYYY-MM-DD HH:mm', tz).toDate();

/** One shift per working day in [from, to] (local dates) at the role's hours. */
export function rosterShifts(cal: WorkCalendar, hours: { from: string; to: string }, from: string, to: string) {
  return workingDaysInRange(cal, from, to).map((d) => ({
    date: d,
    startsAt: at(cal.timeZone, d, hours.from),
    endsAt: at(cal.timeZone, d, hours.to),
    overtime: false,
  }));
}

/** A shift on a rest day or public holiday is overtime (节假日加班). */
export const isOvertime = (cal: WorkCalendar, startsAt: Date) => !isWorkingDay(cal, dayjs(startsAt).tz(cal.timeZone).format('YYYY-MM-DD'));

export interface Interval {
  start: Date;
  end: Date;
}
const overlaps = (a: Interval, b: Interval) => a.start < b.end && b.start < a.end;

/**
 * Warnings for assigning a person to a task due at `dueAt` of a meeting whose work spans `work`:
 * another meeting's work overlapping (double assignment), no shift covering the due time, or only
 * an overtime shift covering it.
 */
export function assignmentWarnings(
  dueAt: Date,
  work: Interval,
  shifts: (Interval & { overtime: boolean })[],
  others: Interval[],
): AssignmentWarning[] {
  const out: AssignmentWarning[] = [];
  if (others.some((o) => overlaps(o, work))) out.push('double_assignment');
  const covering = shifts.filter((s) => s.start <= dueAt && dueAt < s.end);
  if (!covering.length) out.push('outside_shift');
  else if (covering.every((s) => s.overtime)) out.push('overtime');
  return out;
}
