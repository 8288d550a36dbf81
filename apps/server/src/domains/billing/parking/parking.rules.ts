/**
 * Parking rules (pure). THE MONTH RULE: a space assigned to a company on any day of a month is charged for the
 * whole month (no proration) — the assignment [from, to] overlaps [first day, last day] of the month.
 */

export const monthFirstDay = (month: string) => `${month}-01`;
export function monthLastDay(month: string) {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** Whether an assignment [fromDay, toDay or open] counts for the month. */
export const chargedForMonth = (a: { fromDay: string; toDay: string | null }, month: string) =>
  a.fromDay <= monthLastDay(month) && (a.toDay === null || a.toDay >= monthFirstDay(month));

/** Two assignments of one space overlap (a space is held by one company at a time). */
export const overlaps = (a: { fromDay: string; toDay: string | null }, b: { fromDay: string; toDay: string | null }) =>
  a.fromDay <= (b.toDay ?? '9999-12-31') && b.fromDay <= (a.toDay ?? '9999-12-31');
