/** Whether a live booking event touches what a board shows. */
import type { LiveEvent } from '../../../lib/live';

/** What a board shows: its venues, the bookings on it and its period (ISO instants). */
export interface BoardShown {
  venueIds: ReadonlySet<string>;
  bookingIds: ReadonlySet<string>;
  from: string;
  to: string;
}

/** Whether a live event may change the board (pure; touches.test.ts). */
export function touchesBoard(e: LiveEvent, shown: BoardShown): boolean {
  if (!e.topic.startsWith('booking.')) return true;
  if (typeof e.bookingId === 'string' && shown.bookingIds.has(e.bookingId)) return true;
  const venueIds = Array.isArray(e.venueIds) ? (e.venueIds as unknown[]) : null;
  if (!venueIds || typeof e.heldFrom !== 'string' || typeof e.heldTo !== 'string') return true;
  return (
    venueIds.some((id) => typeof id === 'string' && shown.venueIds.has(id)) &&
    Date.parse(e.heldFrom) < Date.parse(shown.to) &&
    Date.parse(e.heldTo) > Date.parse(shown.from)
  );
}
