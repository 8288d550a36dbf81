/** The cockpit's pure rules (X6): which families a user's roles make, the time windows, a figure against its target. */
import { addMonths, cockpitFamiliesOf, type CockpitFamily, type CockpitTile, type Role } from '@hy/contracts';

/** The families of the roles held in one property (the contract's rule, shared with the web). */
export const familiesOf = (roles: readonly Role[]): CockpitFamily[] => cockpitFamiliesOf(roles);

/** One tile: a count and the list behind it. Tone `danger`/`warning` only when there is something to count. */
export function tile(
  family: CockpitFamily,
  id: string,
  count: number,
  path: string,
  query: Record<string, string> = {},
  tone: CockpitTile['tone'] = 'default',
  amountFen: number | null = null,
): CockpitTile {
  return { id, family, count, amountFen, tone: count > 0 ? tone : 'default', path, query };
}

/** The `n` months ending with `month` ('YYYY-MM'), oldest first. */
export const lastMonths = (month: string, n: number) => Array.from({ length: n }, (_, i) => addMonths(month, i - n + 1));

/** Whether a figure meets its target (null: no value or no target). The complaint rate must stay below it. */
export function meets(value: number | null, target: number | null, better: 'lower' | 'higher'): boolean | null {
  if (value === null || target === null) return null;
  return better === 'lower' ? value < target : value >= target;
}

/** The share of true among the decided (true/false; null ones not counted), as a percentage with one decimal. */
export function shareOf(flags: (boolean | null)[]): number | null {
  const decided = flags.filter((f): f is boolean => f !== null);
  return decided.length ? Math.round((decided.filter(Boolean).length / decided.length) * 1000) / 10 : null;
}

/** A department task's place on the cockpit: overdue, due within the next `soonMs` ("now"), or later ("next"). */
export function taskSlot(dueAt: Date, now: Date, soonMs: number): 'overdue' | 'now' | 'next' {
  if (dueAt.getTime() < now.getTime()) return 'overdue';
  return dueAt.getTime() < now.getTime() + soonMs ? 'now' : 'next';
}
