/**
 * Pure rules of the service notice (SPEC M4; seed 004 篇2 §5.1.5): which venues are the conference
 * building's, and its deadlines (notice 2 working days ahead, departments ready the working day
 * before). No I/O.
 */
import { localDate, previousWorkingDay, type WorkCalendar } from '../../calendar/index.ts';
import { CONFERENCE_TYPES, zonedAt } from '../tasks/tasks.rules.ts';

/** A hall of the conference building by type, or any venue of a building the property lists as one (setting meetings.conferenceBuildings). */
export const isConference = (venue: { type: string; buildingCode: string | null }, conferenceBuildings: string[]) =>
  CONFERENCE_TYPES.includes(venue.type) || conferenceBuildings.includes(venue.buildingCode ?? '');

/** The working day `n` working days before `date` (0: the day itself). */
function workingDaysBefore(cal: WorkCalendar, date: string, n: number) {
  let d = date;
  for (let i = 0; i < n; i++) d = previousWorkingDay(cal, d);
  return d;
}

/**
 * Conference building (篇2 §5.1.5): the notice goes out at least `days.notice` working days ahead
 * (default 2) — by the end of that working day before the meeting's date — and departments are ready
 * `days.ready` working days before (default 1) — by the end of that working day (settings
 * meetings.noticeWorkingDaysAhead / readyWorkingDaysBefore; 0 means the meeting's own day).
 * Other venues: no notice deadline; ready before the start.
 */
export function noticeDeadlines(cal: WorkCalendar, start: Date, conference: boolean, days: { notice: number; ready: number }) {
  if (!conference) return { noticeDeadline: null, readyDeadline: null };
  const date = localDate(cal, start);
  const at = (n: number) => zonedAt(cal.timeZone, workingDaysBefore(cal, date, n), cal.workEnd);
  return { noticeDeadline: at(days.notice), readyDeadline: at(days.ready) };
}
