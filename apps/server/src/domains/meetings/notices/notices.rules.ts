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

/**
 * Conference building (篇2 §5.1.5): the notice goes out at least 2 days ahead — by the end of the
 * second working day before the meeting's date — and departments are ready 1 day before — by the
 * end of the previous working day. Other venues: no notice deadline; ready before the start.
 */
export function noticeDeadlines(cal: WorkCalendar, start: Date, conference: boolean) {
  if (!conference) return { noticeDeadline: null, readyDeadline: null };
  const day1 = previousWorkingDay(cal, localDate(cal, start));
  const day2 = previousWorkingDay(cal, day1);
  return { noticeDeadline: zonedAt(cal.timeZone, day2, cal.workEnd), readyDeadline: zonedAt(cal.timeZone, day1, cal.workEnd) };
}
