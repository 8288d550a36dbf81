/** One key factory for bookings data, hierarchical: `all` refetches every list, board, booking and report. */
export const bookingKeys = {
  all: ['bookings'] as const,
  lists: () => [...bookingKeys.all, 'list'] as const,
  list: (params: Record<string, unknown>) => [...bookingKeys.lists(), params] as const,
  board: (pid: string | null, from: string, to: string) => [...bookingKeys.all, 'board', pid, from, to] as const,
  one: (id: string | null | undefined) => [...bookingKeys.all, 'one', id] as const,
  history: (id: string | null | undefined) => [...bookingKeys.all, 'history', id] as const,
  feeds: (pid: string | null) => [...bookingKeys.all, 'feeds', pid] as const,
  bureauReport: (params: Record<string, unknown>) => [...bookingKeys.all, 'bureau-report', params] as const,
};

/** Live event topics that change bookings data (useLive from lib/live.ts refetches `bookingKeys.all`). */
export const BOOKING_LIVE_TOPICS = ['booking.', 'venue_closure.', 'closure.'] as const;
