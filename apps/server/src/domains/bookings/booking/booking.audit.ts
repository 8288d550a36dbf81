/** What the audit trail records of a booking: the whole row, as stored. */
import type { BookingRow } from './booking.repository.ts';

export const snapshot = (b: BookingRow): Record<string, unknown> => ({ ...b });

/**
 * The audit trail's changes of a booking made (`diff(null, snapshot(row))` of the audit domain, for a
 * write that inserts its audit event in the same statement): every field with a value, [null, value].
 */
export function createdChanges(b: BookingRow): Record<string, [null, unknown]> {
  const out: Record<string, [null, unknown]> = {};
  for (const [k, v] of Object.entries(b)) {
    if (k === 'createdAt' || k === 'updatedAt' || v === null || v === undefined) continue;
    out[k] = [null, v instanceof Date ? v.toISOString() : v];
  }
  return out;
}
