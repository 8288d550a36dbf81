/**
 * The board's live updates: a booking event refetches the board on screen only when it touches it —
 * the booking is on it now (moved away, cancelled, decided), or it holds one of the venues shown
 * within the period shown (the event names its venues and held span). Closures and events that do
 * not say refetch it. Every other bookings query is refreshed as before (active ones refetch, the
 * rest go stale), and boards of other days or buildings go stale for when they are shown again.
 */
import { useQueryClient, hashKey, type QueryKey } from '@tanstack/react-query';
import { useLiveEvents } from '../../../lib/live';
import { BOOKING_LIVE_TOPICS, bookingKeys } from '../api';
import { touchesBoard, type BoardShown } from './touches';

export function useBoardLive(propertyId: string | null | undefined, boardKey: QueryKey, shown: BoardShown) {
  const qc = useQueryClient();
  useLiveEvents(BOOKING_LIVE_TOPICS, propertyId, (e) => {
    const current = hashKey(boardKey);
    void qc.invalidateQueries({ queryKey: bookingKeys.all, predicate: (q) => q.queryKey[1] !== 'board' });
    void qc.invalidateQueries({ queryKey: bookingKeys.boards(), refetchType: 'none', predicate: (q) => q.queryHash !== current });
    if (touchesBoard(e, shown)) void qc.invalidateQueries({ queryKey: boardKey, exact: true });
  });
}
