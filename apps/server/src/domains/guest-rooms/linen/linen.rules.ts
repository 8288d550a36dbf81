/**
 * Pure rules of the linen and glassware balance (布草、杯具). Every piece is in one place: the store, a room,
 * the dirty pile, the laundry — or lost. A count moves pieces between places; the total only falls by losses.
 */
import { LINEN_ITEMS, type LinenItem } from '@hy/contracts';

export interface Balance {
  inStore: number;
  inRooms: number;
  dirty: number;
  atLaundry: number;
  lost: number;
}
export type Counts = Partial<Record<LinenItem, number>>;

export const nonZero = (c: Counts) => Object.fromEntries(Object.entries(c).filter(([, n]) => (n ?? 0) > 0)) as Counts;
export const totalOf = (c: Counts | null | undefined) => Object.values(c ?? {}).reduce<number>((s, n) => s + (n ?? 0), 0);

/** Pieces counted out that did not come back, per item (never negative). */
export function missing(out: Counts, back: Counts): Counts {
  const m: Counts = {};
  for (const i of LINEN_ITEMS) {
    const d = (out[i] ?? 0) - (back[i] ?? 0);
    if (d > 0) m[i] = d;
  }
  return m;
}

/** An item counted back above what went out (refused: a count error). */
export const overCounted = (out: Counts, back: Counts) => LINEN_ITEMS.some((i) => (back[i] ?? 0) > (out[i] ?? 0));

export type Move =
  | { kind: 'receive'; n: number }
  | { kind: 'to_room'; n: number }
  | { kind: 'from_room'; out: number; back: number }
  | { kind: 'to_laundry'; n: number }
  | { kind: 'from_laundry'; sent: number; back: number };

/** The balance after a move, or null when the place it draws from holds too few. */
export function apply(b: Balance, m: Move): Balance | null {
  const next = { ...b };
  switch (m.kind) {
    case 'receive':
      next.inStore += m.n;
      break;
    case 'to_room':
      if (b.inStore < m.n) return null;
      next.inStore -= m.n;
      next.inRooms += m.n;
      break;
    case 'from_room':
      if (b.inRooms < m.out || m.back > m.out) return null;
      next.inRooms -= m.out;
      next.dirty += m.back;
      next.lost += m.out - m.back;
      break;
    case 'to_laundry':
      if (b.dirty < m.n) return null;
      next.dirty -= m.n;
      next.atLaundry += m.n;
      break;
    case 'from_laundry':
      if (b.atLaundry < m.sent || m.back > m.sent) return null;
      next.atLaundry -= m.sent;
      next.inStore += m.back;
      next.lost += m.sent - m.back;
      break;
  }
  return next;
}

/** Pieces the balance accounts for, lost ones excluded. */
export const onHand = (b: Balance) => b.inStore + b.inRooms + b.dirty + b.atLaundry;
