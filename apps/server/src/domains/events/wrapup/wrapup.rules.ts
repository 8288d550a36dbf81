/** The pure rules of the wrap-up (M13): the inspection's day, open findings, the survey's figures, attendance. */
import { SURVEY_ITEMS, type InspectionItem, type SurveyRatings } from '@hy/contracts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';

/** The inspection's day: `daysBefore` calendar days before the first day. */
export const inspectionDay = (startsOn: string, daysBefore: number) => dayjs.utc(startsOn).subtract(daysBefore, 'day').format('YYYY-MM-DD');

/** Findings not yet fixed. */
export const openFindings = (items: Pick<InspectionItem, 'ok' | 'fixedAt'>[]) => items.filter((i) => i.ok === false && !i.fixedAt).length;

/** A share 0–1 rounded to 3 places; 0 when nothing to divide by. */
export const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : 0);

/** Average rating per item (1 decimal), null when nobody answered; the overall average of the items' averages. */
export function surveyAverages(answers: SurveyRatings[]) {
  const averages: Record<string, number | null> = {};
  for (const k of SURVEY_ITEMS) {
    const xs = answers.map((a) => a[k]).filter((x) => typeof x === 'number');
    averages[k] = xs.length ? Math.round((xs.reduce((s, x) => s + x, 0) / xs.length) * 10) / 10 : null;
  }
  const vals = Object.values(averages).filter((x): x is number => x !== null);
  const overall = vals.length ? Math.round((vals.reduce((s, x) => s + x, 0) / vals.length) * 10) / 10 : null;
  return { averages, overall };
}

/** Whether the survey is open: from the first day's start in the property's zone. */
export const surveyOpen = (now: Date, startsOn: string, tz: string) => !dayjs(now).isBefore(dayjs.tz(`${startsOn} 00:00`, tz));

/** Attendance: signed in over registered people, null without registrations. */
export const attendanceRate = (signedIn: number, people: number) => (people > 0 ? rate(signedIn, people) : null);
