/**
 * Hygiene inspection rules (pure): the period a level's inspection counts for — team weekly (Monday to
 * Sunday), area every half month (the 1st–15th and the 16th–month end), department monthly — the state of a
 * level and area in the current period, and the score of a sheet.
 */
import { HYGIENE_ITEMS, type HygieneDueState, type HygieneItemCode, type HygieneLevel } from '@hy/contracts';

/** Days are 'YYYY-MM-DD' texts (calendar days in the property's zone). */
const toDate = (d: string) => new Date(`${d}T00:00:00Z`);
const fmt = (d: Date) => d.toISOString().slice(0, 10);
export const addDays = (d: string, n: number) => fmt(new Date(toDate(d).getTime() + n * 86_400_000));
const lastOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();

export interface Period {
  start: string;
  /** Inclusive. */
  end: string;
}

/** The period of `level` that holds `day`. */
export function periodOf(level: HygieneLevel, day: string): Period {
  const d = toDate(day);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const pad = (n: number) => String(n).padStart(2, '0');
  const ym = `${y}-${pad(m + 1)}`;
  if (level === 'team') {
    const back = (d.getUTCDay() + 6) % 7;
    const start = addDays(day, -back);
    return { start, end: addDays(start, 6) };
  }
  if (level === 'area') {
    return d.getUTCDate() <= 15 ? { start: `${ym}-01`, end: `${ym}-15` } : { start: `${ym}-16`, end: `${ym}-${pad(lastOfMonth(y, m))}` };
  }
  return { start: `${ym}-01`, end: `${ym}-${pad(lastOfMonth(y, m))}` };
}

/** The period before the one that holds `day`. */
export const previousPeriod = (level: HygieneLevel, day: string): Period => periodOf(level, addDays(periodOf(level, day).start, -1));

/**
 * A level and area in the current period: done when a sheet is in this period; overdue when the previous
 * period went without one as well (a period missed and the next one still open); otherwise due.
 */
export function dueState(doneThisPeriod: boolean, donePreviousPeriod: boolean): HygieneDueState {
  if (doneThisPeriod) return 'done';
  return donePreviousPeriod ? 'due' : 'overdue';
}

export type ItemInput = { code: HygieneItemCode; deduction: number; note?: string | null };
export type Refusal = { code: 'hygiene_deduction_over' | 'hygiene_item_twice'; path: string };

/** The sheet's items (every standard item, deductions filled in) and its score, or what is wrong with it. */
export function scoreSheet(
  items: ItemInput[],
): { refusal: Refusal } | { score: number; items: { code: string; points: number; deduction: number; note: string | null }[] } {
  const seen = new Set<string>();
  for (const [i, it] of items.entries()) {
    if (seen.has(it.code)) return { refusal: { code: 'hygiene_item_twice', path: `items.${i}.code` } };
    seen.add(it.code);
    const points = HYGIENE_ITEMS.find((h) => h.code === it.code)!.points;
    if (it.deduction > points) return { refusal: { code: 'hygiene_deduction_over', path: `items.${i}.deduction` } };
  }
  const out = HYGIENE_ITEMS.map((h) => {
    const given = items.find((i) => i.code === h.code);
    return { code: h.code, points: h.points, deduction: given?.deduction ?? 0, note: given?.note ?? null };
  });
  return { score: 100 - out.reduce((s, i) => s + i.deduction, 0), items: out };
}

/** The levels whose period starts today or earlier and whose reminder for it is not sent: (level, period). */
export function periodsToRemind(today: string, reminded: (level: HygieneLevel, start: string) => boolean) {
  return (['team', 'area', 'department'] as const)
    .map((level) => ({ level, period: periodOf(level, today) }))
    .filter((p) => !reminded(p.level, p.period.start));
}

/** Average of scores, rounded (null when none). */
export const average = (scores: number[]) => (scores.length ? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) : null);
