/** Pure rules of guest-room status: which manual changes are allowed, and what a check-sheet line flags. */
import type { RoomStatus } from '@hy/contracts';

export type ManualStatus = Exclude<RoomStatus, 'occupied'>;

/**
 * Why a manual status change is refused (null: allowed). An occupied room changes only by check-out; a room
 * set out of order needs its reason.
 */
export function statusChangeRefusal(current: RoomStatus, next: ManualStatus, reason: string | null | undefined): string | null {
  if (current === 'occupied') return 'room_occupied';
  if (current === next) return 'room_status_unchanged';
  if (next === 'out_of_order' && !reason?.trim()) return 'room_reason_required';
  return null;
}

/** A line of the 房态核对表 is a discrepancy when what the attendant found differs from the record. */
export const isDiscrepancy = (recorded: RoomStatus, observed: RoomStatus | null) => observed !== null && observed !== recorded;

/** A room found out of order on the round (recorded otherwise, and not occupied) goes out of order. */
export const foundOutOfOrder = (recorded: RoomStatus, observed: RoomStatus | null) =>
  observed === 'out_of_order' && recorded !== 'out_of_order' && recorded !== 'occupied';

/** Rooms counted per status, every status present. */
export function countByStatus(rooms: { status: RoomStatus }[]): Record<RoomStatus, number> {
  const out: Record<RoomStatus, number> = { vacant_clean: 0, vacant_dirty: 0, occupied: 0, out_of_order: 0 };
  for (const r of rooms) out[r.status]++;
  return out;
}
