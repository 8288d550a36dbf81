/**
 * Report periods as instants in a property's time zone: the one place that turns the calendar labels of
 * contracts' periods ('YYYY-MM-DD', ISO week 'YYYY-Www', 'YYYY-MM') into [from, to) instants, and
 * instants back into labels. The label arithmetic itself (isoWeek, weekMonday, addMonths, …) is in
 * @hy/contracts, shared with the web.
 */
import { addDays, currentPeriods, daysFrom, daysInMonth, isDay, isMonth, isoWeek, openingPeriods, weekMonday } from '@hy/contracts';
import dayjs from './dayjs-fast-tz.ts';

/** A half-open span of instants [from, to). */
export interface Range {
  from: Date;
  to: Date;
}
/** A report period: the local days `days` (first to last) of `label`, as instants [from, to). */
export interface Period extends Range {
  label: string;
  days: string[];
}

/** Local midnight of a 'YYYY-MM-DD' day in the zone, as an instant. */
export const startOfLocalDay = (date: string, tz: string) => dayjs.tz(`${date}T00:00:00`, tz).toDate();

/** The `count` local days from `first`, labelled `label`. */
function period(first: string, count: number, tz: string, label: string): Period {
  return { from: startOfLocalDay(first, tz), to: startOfLocalDay(addDays(first, count), tz), label, days: daysFrom(first, count) };
}

/** A calendar day 'YYYY-MM-DD' → that local day; null when not a real date. */
export const dayPeriod = (date: string, tz: string): Period | null => (isDay(date) ? period(date, 1, tz, date) : null);

/** 'YYYY-Www' (ISO 8601 week, Monday first) → Monday 00:00 to next Monday 00:00 local; null when no such week. */
export function weekPeriod(week: string, tz: string): Period | null {
  const monday = weekMonday(week);
  return monday ? period(monday, 7, tz, week) : null;
}

/** 'YYYY-MM' → the local month; null when malformed. */
export const monthPeriod = (month: string, tz: string): Period | null =>
  isMonth(month) ? period(`${month}-01`, daysInMonth(month), tz, month) : null;

/** The local day 'YYYY-MM-DD' of an instant. */
export const localDate = (at: Date, tz: string) => dayjs(at).tz(tz).format('YYYY-MM-DD');
/** The local month 'YYYY-MM' of an instant. */
export const localMonth = (at: Date, tz: string) => dayjs(at).tz(tz).format('YYYY-MM');
/** The ISO week 'YYYY-Www' an instant falls in, in the time zone. */
export const isoWeekOf = (at: Date, tz: string) => isoWeek(localDate(at, tz));

/**
 * The periods a report opens on at `now` (contracts' openingPeriods): each kind's current period when `seen`
 * finds something in it from its start up to `now` (or, for the day, in the whole day), else the last complete one.
 */
export async function openingPeriodsAt(now: Date, tz: string, seen: (r: Range) => Promise<boolean>) {
  const today = localDate(now, tz);
  const cur = currentPeriods(today);
  const day = dayPeriod(cur.day, tz)!;
  const upToNow = (p: Period | null) => ({ from: p!.from, to: now < p!.to ? now : p!.to });
  const [d, w, m] = await Promise.all([seen(day), seen(upToNow(weekPeriod(cur.week, tz))), seen(upToNow(monthPeriod(cur.month, tz)))]);
  return openingPeriods(today, { day: d, week: w, month: m });
}
