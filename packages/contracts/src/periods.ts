/**
 * Report periods as calendar labels, shared by server and web (pure, no time zone): days 'YYYY-MM-DD',
 * ISO 8601 weeks 'YYYY-Www' (Monday first, week 1 holds 4 January), months 'YYYY-MM', quarters 'YYYYQn'.
 * Turning a label into instants in a property's zone is the server's job (lib/periods.ts).
 */
const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
const utcDay = (date: string) => Date.parse(`${date}T00:00:00Z`);
const ymd = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** True for a real calendar day 'YYYY-MM-DD'. */
export const isDay = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(utcDay(date)) && ymd(utcDay(date)) === date;
/** The calendar day `n` days after `date` (negative: before). */
export const addDays = (date: string, n: number) => ymd(utcDay(date) + n * DAY_MS);
/** The days from `first` for `count` days. */
export const daysFrom = (first: string, count: number) => Array.from({ length: count }, (_, i) => addDays(first, i));

/** Monday of the ISO week that holds `date`. */
export const mondayOf = (date: string) => addDays(date, -((new Date(utcDay(date)).getUTCDay() + 6) % 7));

/** The ISO week label of a day, e.g. '2026-12-31' → '2026-W53', '2027-01-01' → '2026-W53'. */
export function isoWeek(date: string): string {
  const thursday = addDays(mondayOf(date), 3);
  const year = thursday.slice(0, 4);
  const dayOfYear = (utcDay(thursday) - utcDay(`${year}-01-01`)) / DAY_MS;
  return `${year}-W${pad(Math.floor(dayOfYear / 7) + 1)}`;
}

/** Monday of an ISO week label; null when the label is malformed or no such week exists. */
export function weekMonday(week: string): string | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) return null;
  const monday = addDays(mondayOf(`${m[1]}-01-04`), (Number(m[2]) - 1) * 7);
  return isoWeek(monday) === week ? monday : null;
}

/** True for a real month 'YYYY-MM'. */
export const isMonth = (month: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
/** The month `n` months after `month` ('2026-12', 1 → '2027-01'). */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) + n;
  return `${Math.floor(i / 12)}-${pad((i % 12) + 1)}`;
}
/** Number of days in a month. */
export const daysInMonth = (month: string) => (utcDay(`${addMonths(month, 1)}-01`) - utcDay(`${month}-01`)) / DAY_MS;

/** '2026Q3' → ['2026-07', '2026-08', '2026-09']. */
export function quarterMonths(quarter: string): string[] {
  const y = quarter.slice(0, 4);
  const q = Number(quarter.slice(5));
  return [0, 1, 2].map((i) => `${y}-${pad((q - 1) * 3 + i + 1)}`);
}
/** The quarter a month belongs to ('2026-08' → '2026Q3'). */
export const quarterOf = (month: string) => `${month.slice(0, 4)}Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;

/**
 * The periods a report opens on when none is asked for, so nobody opens on an empty one (no
 * Sunday-morning zeros): the day is today on a weekday, else the Friday before; the week is the
 * current ISO week from Tuesday on, else (Monday) the last complete one; the month is the current
 * one from its 4th day on, else the last complete one; the quarter is the chosen month's.
 */
export function reportDefaults(today: string) {
  const weekday = (new Date(utcDay(today)).getUTCDay() + 6) % 7; // 0 Monday … 6 Sunday
  const day = weekday <= 4 ? today : addDays(today, 4 - weekday);
  const week = isoWeek(weekday === 0 ? addDays(today, -7) : today);
  const month = Number(today.slice(8, 10)) <= 3 ? addMonths(today.slice(0, 7), -1) : today.slice(0, 7);
  return { day, week, month, quarter: quarterOf(month) };
}

/** The report periods: each kind's current one around `today`. */
export type PeriodKind = 'day' | 'week' | 'month';
/** The current day, ISO week and month of `today`. */
export const currentPeriods = (today: string): Record<PeriodKind, string> => ({
  day: today,
  week: isoWeek(today),
  month: today.slice(0, 7),
});
/** The last complete day (the weekday before today: Monday, Saturday and Sunday go back to Friday), week and month. */
export function lastCompletePeriods(today: string): Record<PeriodKind, string> {
  return {
    day: previousWeekday(today),
    week: isoWeek(addDays(today, -7)),
    month: addMonths(today.slice(0, 7), -1),
  };
}
function previousWeekday(today: string) {
  let d = addDays(today, -1);
  while ([0, 6].includes(new Date(utcDay(d)).getUTCDay())) d = addDays(d, -1);
  return d;
}
/**
 * The periods a report opens on, decided with the data (the server's GET …/default-period): each kind's
 * current period when something happened in it so far, else the last complete one — no Sunday-morning zeros.
 */
export function openingPeriods(today: string, hasData: Record<PeriodKind, boolean>) {
  const cur = currentPeriods(today);
  const last = lastCompletePeriods(today);
  const pick = (k: PeriodKind) => (hasData[k] ? cur[k] : last[k]);
  const month = pick('month');
  return { day: pick('day'), week: pick('week'), month, quarter: quarterOf(month) };
}
