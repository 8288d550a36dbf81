/**
 * Pure rules of the meeting reports (SPEC M10): percentages, hours, and whether a meeting was ready on
 * time. The report periods (a day, an ISO week "2026-W23", a month) are lib/periods.ts.
 */
/** Share in percent with one decimal; null when there is nothing to count. */
export function pct(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}
/** Hours with two decimals. */
export const hours = (ms: number) => Math.round((ms / 3600_000) * 100) / 100;
/** Overlap of [a1, a2) with [b1, b2) in milliseconds. */
export const overlapMs = (a1: Date, a2: Date, b1: Date, b2: Date) =>
  Math.max(0, Math.min(a2.getTime(), b2.getTime()) - Math.max(a1.getTime(), b1.getTime()));
export const average = (xs: number[]) => (xs.length ? Math.round((xs.reduce((s, x) => s + x, 0) / xs.length) * 100) / 100 : null);

/**
 * When a department must be ready: by the ready deadline (conference building: the previous working
 * day, seed 004), or without one by the start; never before its own last task due before the start
 * (it cannot be ready before its work is due), never after the start.
 */
export function readyBy(deadline: Date | null, startAt: Date, lastDueBeforeStart: Date | null): Date {
  const base = deadline ?? startAt;
  const by = lastDueBeforeStart && lastDueBeforeStart > base ? lastDueBeforeStart : base;
  return by > startAt ? startAt : by;
}

/** Readiness of one meeting: on time when every department with tasks reported ready by its readyBy; null when none has tasks. */
export function readyOnTime(deps: { readyAt: Date | null; by: Date }[]): boolean | null {
  if (!deps.length) return null;
  return deps.every((d) => !!d.readyAt && d.readyAt.getTime() <= d.by.getTime());
}

/** Counts of `key(x)` over `xs`, as [{key, count}] in first-seen order. */
export function countBy<T>(xs: T[], key: (x: T) => string) {
  const m = new Map<string, number>();
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return [...m].map(([k, count]) => ({ key: k, count }));
}
