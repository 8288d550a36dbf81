/** Pure rules of check-in and check-out: which rooms may be given, and what a key count back needs. */
import type { KeyOutcome, RoomStatus, RoomType } from '@hy/contracts';

/** Why a room cannot be given to a check-in (null: it can): only a vacant-clean room of the type asked for. */
export function availabilityRefusal(room: { status: RoomStatus; roomType: RoomType }, roomType: RoomType): string | null {
  if (room.status !== 'vacant_clean') return 'room_not_available';
  if (room.roomType !== roomType) return 'stay_room_type_mismatch';
  return null;
}

/**
 * What the keys of a room come to at check-out: all back → returned; fewer → the outcome the desk chose (lost
 * and charged, or reported lost) with its note, else refused; more than issued → refused.
 */
export function keyOutcome(
  issued: number,
  returned: number,
  chosen: Exclude<KeyOutcome, 'returned'> | undefined,
  note: string | null | undefined,
): { outcome: KeyOutcome } | { refusal: string } {
  if (returned > issued) return { refusal: 'key_returned_too_many' };
  if (returned === issued) return { outcome: 'returned' };
  if (!chosen || !note?.trim()) return { refusal: 'key_note_required' };
  return { outcome: chosen };
}

/** A register period spans at most a year and ends on or after its start. */
export function registerRangeOk(from: string, to: string) {
  if (to < from) return false;
  return (Date.parse(to) - Date.parse(from)) / 86_400_000 <= 366;
}
