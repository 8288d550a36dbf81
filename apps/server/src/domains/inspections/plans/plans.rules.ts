/**
 * Plan schedules (T2), pure: an RRULE (DAILY / WEEKLY / MONTHLY, no DTSTART, no end) says on which local
 * dates a plan is due; workdaysOnly drops rest days and holidays and keeps 调休 make-up days (the work
 * calendar decides); the window is a local time span on that date; a round is created leadMinutes before it.
 */
import { createRequire } from 'node:module';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { isWorkingDay, type WorkCalendar } from '../../calendar/index.ts';

const { RRule } = createRequire(import.meta.url)('rrule') as typeof import('rrule');

type Parsed = ReturnType<typeof RRule.parseString>;
/** The anchor of every rule (a Monday): intervals count from it. */
const ANCHOR = new Date(Date.UTC(2024, 0, 1));

/** The parsed rule, or null when it is not one a plan may use. */
export function parseSchedule(rrule: string): Parsed | null {
  let o: Parsed;
  try {
    o = RRule.parseString(rrule.replace(/^RRULE:/i, ''));
  } catch {
    return null;
  }
  if (o.dtstart || o.tzid || o.count || o.until) return null;
  if (o.freq === undefined || o.freq === null || ![RRule.DAILY, RRule.WEEKLY, RRule.MONTHLY].includes(o.freq)) return null;
  if (o.byhour || o.byminute || o.bysecond) return null;
  return o;
}

const cache = new Map<string, InstanceType<typeof RRule> | null>();
function ruleOf(rrule: string) {
  if (!cache.has(rrule)) {
    const o = parseSchedule(rrule);
    cache.set(rrule, o ? new RRule({ ...o, dtstart: ANCHOR }) : null);
  }
  return cache.get(rrule)!;
}

/** Whether the rule has an occurrence on the local date 'YYYY-MM-DD' (rule only, no calendar). */
export function ruleOccursOn(rrule: string, date: string): boolean {
  const r = ruleOf(rrule);
  if (!r) return false;
  const from = new Date(`${date}T00:00:00Z`);
  return r.between(from, new Date(from.getTime() + 86_399_999), true).length > 0;
}

/** Whether a plan is due on the date: its rule, and (workdaysOnly) a working day of the calendar. */
export function planDueOn(p: { rrule: string; workdaysOnly: boolean }, cal: WorkCalendar, date: string): boolean {
  return ruleOccursOn(p.rrule, date) && (!p.workdaysOnly || isWorkingDay(cal, date));
}

/** The dates in [from, to] (inclusive, local) on which the plan is due. */
export function dueDates(p: { rrule: string; workdaysOnly: boolean }, cal: WorkCalendar, from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = dayjs.utc(from); d.format('YYYY-MM-DD') <= to; d = d.add(1, 'day')) {
    const s = d.format('YYYY-MM-DD');
    if (planDueOn(p, cal, s)) out.push(s);
  }
  return out;
}

/** The window of a round on a local date, as instants; and when the round is created (lead minutes before). */
export function windowOf(date: string, windowStart: string, windowEnd: string, leadMinutes: number, timeZone: string) {
  const start = dayjs.tz(`${date} ${windowStart}`, timeZone).toDate();
  const end = dayjs.tz(`${date} ${windowEnd}`, timeZone).toDate();
  return { start, end, createAt: new Date(start.getTime() - leadMinutes * 60_000) };
}

/** The schedule as the picker shows it: a preset and its parameters, or 'custom'. */
export type ScheduleKind = 'daily' | 'weekly' | 'halfMonthly' | 'monthly' | 'custom';
export function scheduleKind(rrule: string): ScheduleKind {
  const o = parseSchedule(rrule);
  if (!o) return 'custom';
  if (o.freq === RRule.DAILY && !o.byweekday && !o.bymonthday && (o.interval ?? 1) === 1) return 'daily';
  if (o.freq === RRule.WEEKLY && (o.interval ?? 1) === 1) return 'weekly';
  if (o.freq === RRule.MONTHLY && (o.interval ?? 1) === 1) {
    const days = ([] as number[]).concat(o.bymonthday ?? []);
    if (days.length === 2 && days[0] === 1 && days[1] === 16) return 'halfMonthly';
    if (days.length === 1) return 'monthly';
  }
  return 'custom';
}
