/**
 * Tenant visits (T3), the pure rules: when the greeting occasions fall in a year and what the work calendar
 * makes of them (the public holiday around each, the last working day before it, when gifts go out); the
 * visits per tenant company in a year; when a planned visit's reminder is due; what refuses a write.
 */
import chineseDays from 'chinese-days';
import type { GreetingOccasion, VisitState } from '@hy/contracts';
import { GREETING_OCCASIONS } from '@hy/contracts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { addLocalDays, previousWorkingDay, type WorkCalendar } from '../../calendar/index.ts';

/** The name the work calendar gives the occasion's public holiday (null: not a public holiday in China). */
const HOLIDAY_NAMES: Record<GreetingOccasion, string | null> = {
  new_year: '元旦',
  spring_festival: '春节',
  mid_autumn: '中秋',
  christmas: null,
  national_day: '国庆',
};

/** The day of the occasion in a year: fixed days, and 春节 / 中秋 from the lunar calendar. */
export function occasionDate(occasion: GreetingOccasion, year: number): string {
  switch (occasion) {
    case 'new_year':
      return `${year}-01-01`;
    case 'christmas':
      return `${year}-12-25`;
    case 'national_day':
      return `${year}-10-01`;
    case 'spring_festival':
      return chineseDays.getSolarDateFromLunar(`${year}-01-01`).date;
    case 'mid_autumn':
      return chineseDays.getSolarDateFromLunar(`${year}-08-15`).date;
  }
}

const isHolidayOf = (cal: Pick<WorkCalendar, 'overrides'>, date: string, name: string) => {
  const o = cal.overrides.get(date);
  return o?.kind === 'holiday' && !!o.name?.includes(name);
};

/**
 * The run of rest days the calendar names after the occasion around its day (the day itself, or within three
 * days of it: 春节 starts on the eve some years), or null when the calendar has none (圣诞; a year the
 * administrator has not entered yet).
 */
export function holidayAround(cal: Pick<WorkCalendar, 'overrides'>, occasion: GreetingOccasion, date: string) {
  const name = HOLIDAY_NAMES[occasion];
  if (!name) return null;
  const seed = [0, -1, 1, -2, 2, -3, 3].map((d) => addLocalDays(date, d)).find((d) => isHolidayOf(cal, d, name));
  if (!seed) return null;
  let from = seed;
  let to = seed;
  while (isHolidayOf(cal, addLocalDays(from, -1), name)) from = addLocalDays(from, -1);
  while (isHolidayOf(cal, addLocalDays(to, 1), name)) to = addLocalDays(to, 1);
  return { from, to };
}

export interface OccasionPlan {
  occasion: GreetingOccasion;
  date: string;
  holidayFrom: string | null;
  holidayTo: string | null;
  /** The last working day before the holiday (or the day): gifts and cards go out by then. */
  deliverBy: string;
}

/** The year's five occasions, in date order, planned from the work calendar. */
export function occasionsOf(cal: WorkCalendar, year: number): OccasionPlan[] {
  return GREETING_OCCASIONS.map((occasion) => {
    const date = occasionDate(occasion, year);
    const h = holidayAround(cal, occasion, date);
    const first = h && h.from < date ? h.from : date;
    return { occasion, date, holidayFrom: h?.from ?? null, holidayTo: h?.to ?? null, deliverBy: previousWorkingDay(cal, first) };
  }).sort((a, b) => a.date.localeCompare(b.date));
}

export interface TenantOrg {
  id: string;
  name: string;
  units: string[];
}
export interface YearVisit {
  organizationId: string;
  state: VisitState;
  visitedAt: Date | null;
  plannedAt: Date;
}

/** Visits done per company in a local year, the last one, visits still planned — every company listed, least visited first. */
export function tallyByTenant(orgs: TenantOrg[], visits: YearVisit[], year: number, timeZone: string) {
  const yearOf = (d: Date) => dayjs(d).tz(timeZone).year();
  return orgs
    .map((o) => {
      const mine = visits.filter((v) => v.organizationId === o.id);
      const done = mine.filter((v) => v.state === 'done' && v.visitedAt && yearOf(v.visitedAt) === year);
      const last = done.reduce<Date | null>((m, v) => (!m || v.visitedAt! > m ? v.visitedAt! : m), null);
      const planned = mine.filter((v) => v.state === 'planned' && yearOf(v.plannedAt) === year).length;
      return { organizationId: o.id, name: o.name, units: o.units, visits: done.length, lastVisitAt: last, planned };
    })
    .sort(
      (a, b) =>
        a.visits - b.visits || (a.lastVisitAt?.getTime() ?? 0) - (b.lastVisitAt?.getTime() ?? 0) || a.name.localeCompare(b.name, 'zh'),
    );
}

/** A planned visit's reminder is due from the start of the local day before it until it starts. */
export function reminderDue(v: { state: VisitState; plannedAt: Date; remindedAt: Date | null }, now: Date, timeZone: string) {
  if (v.state !== 'planned' || v.remindedAt || now >= v.plannedAt) return false;
  const from = dayjs(v.plannedAt).tz(timeZone).startOf('day').subtract(1, 'day');
  return now.getTime() >= from.valueOf();
}

/** A visit is planned ahead (a minute of clock skew allowed). */
export const planRefusal = (plannedAt: Date, now: Date) => (plannedAt.getTime() < now.getTime() - 60_000 ? 'visit_in_past' : null);

/** What refuses recording a visit: only a planned one, at a time not in the future. */
export function recordRefusal(state: VisitState, visitedAt: Date, now: Date) {
  if (state !== 'planned') return 'visit_not_planned' as const;
  if (visitedAt.getTime() > now.getTime() + 60_000) return 'visit_visited_at_invalid' as const;
  return null;
}

/** What refuses opening an issue as a case: the visit is recorded, the issue has no case yet. */
export function issueCaseRefusal(state: VisitState, caseId: string | null) {
  if (state !== 'done') return 'visit_not_done' as const;
  if (caseId) return 'visit_issue_case_exists' as const;
  return null;
}

/** A register period: ends on or after it starts, at most 366 days. */
export const registerRangeOk = (from: string, to: string) =>
  to >= from && dayjs(`${to}T00:00:00Z`).diff(dayjs(`${from}T00:00:00Z`), 'day') <= 366;
