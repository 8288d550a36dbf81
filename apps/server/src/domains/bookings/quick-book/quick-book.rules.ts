/** Quick booking's pure rules: which units a dispatcher returns to, and what a room usually holds. */
import type { Layout } from '@hy/contracts';

interface UnitLike {
  organizationId: string | null;
  organizerUnit: string;
}

/** The units in order of their latest booking, each once (by organization, else by name), at most `max`. */
export function distinctUnits<T extends UnitLike>(rows: T[], max = 5): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const r of rows) {
    const key = r.organizationId ?? `name:${r.organizerUnit.trim()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
    if (out.length === max) break;
  }
  return out;
}

/** The median attendance (rounded up), or null without meetings. */
export function usualAttendance(counts: (number | null)[]): number | null {
  const xs = counts.filter((n): n is number => typeof n === 'number' && n > 0).sort((a, b) => a - b);
  if (!xs.length) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid]! : Math.ceil((xs[mid - 1]! + xs[mid]!) / 2);
}

/** The most used layout (ties: the one used most recently, as rows come newest first), or null. */
export function usualLayout(layouts: (string | null)[]): Layout | null {
  const count = new Map<string, number>();
  for (const l of layouts) if (l) count.set(l, (count.get(l) ?? 0) + 1);
  let best: string | null = null;
  for (const l of layouts) if (l && (best === null || count.get(l)! > count.get(best)!)) best = l;
  return best as Layout | null;
}
