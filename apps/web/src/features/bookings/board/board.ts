/** The availability board's data: venues × holds for a day or a week, in the property's wall-clock time. */
import { useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import type { BoardItem, BoardView } from '@hy/contracts';
import { bookingKeys, getBoard, instant, wall, type Booking } from '../api';

export const DAY_START = 7 * 60;
export const DAY_END = 22 * 60;
export const SLOT = 30;
export const SLOTS = (DAY_END - DAY_START) / SLOT;

export type BlockKind = 'requested' | 'confirmed' | 'closed';
export interface Block {
  key: string;
  venueId: string;
  kind: BlockKind;
  bookingId: string | null;
  /** wall-clock times */
  start: Dayjs;
  end: Dayjs;
  heldFrom: Dayjs;
  heldTo: Dayjs;
  number: string | null;
  title: string;
  organizer: string | null;
  attendees: number | null;
  /** held because it is linked to the booked venue (a hall's VIP room) */
  linkedFrom: string | null;
  booking: Booking | null;
  /** the user may open it (others' bookings show as merely occupied) */
  readable: boolean;
}

/** Minutes since midnight of `day` (may be negative or beyond 24 h for other days). */
export const minutesIn = (d: Dayjs, day: Dayjs) => d.diff(day.startOf('day'), 'minute');
/** Percentage position of a minute on the 07:00–22:00 axis, clamped. */
export const pct = (m: number) => ((Math.min(Math.max(m, DAY_START), DAY_END) - DAY_START) / (DAY_END - DAY_START)) * 100;

/** Folds the board's pieces (booking + its buffers per venue) into blocks. */
function boardBlocks(raw: BoardView, tz: string): Block[] {
  const out: Block[] = [];
  const home = new Map<string, string>();
  for (const v of raw.venues ?? []) for (const it of v.items ?? []) if (it.bookingId && !it.linked) home.set(it.bookingId, v.name);
  for (const v of raw.venues ?? []) {
    const byBooking = new Map<string, BoardItem[]>();
    for (const it of v.items ?? []) {
      if (it.kind === 'occupied') {
        const start = wall(it.start, tz);
        const end = wall(it.end, tz);
        out.push({
          key: `o:${v.id}:${it.start}`,
          venueId: v.id,
          kind: 'confirmed',
          bookingId: null,
          start,
          end,
          heldFrom: start,
          heldTo: end,
          number: null,
          title: '',
          organizer: null,
          attendees: null,
          linkedFrom: null,
          booking: null,
          readable: false,
        });
      } else if (it.kind === 'closure') {
        const start = wall(it.start, tz);
        const end = wall(it.end, tz);
        out.push({
          key: `c:${it.closureId}:${v.id}`,
          venueId: v.id,
          kind: 'closed',
          bookingId: null,
          start,
          end,
          heldFrom: start,
          heldTo: end,
          number: null,
          title: it.reason ?? '',
          organizer: null,
          attendees: null,
          linkedFrom: null,
          booking: null,
          readable: false,
        });
      } else if (it.bookingId) byBooking.set(it.bookingId, [...(byBooking.get(it.bookingId) ?? []), it]);
    }
    for (const [id, items] of byBooking) {
      const main = items.find((i) => i.kind === 'booking') ?? items[0]!;
      const all = items.map((i) => [wall(i.start, tz), wall(i.end, tz)] as const);
      const heldFrom = all.reduce((m, [s]) => (s.isBefore(m) ? s : m), all[0]![0]);
      const heldTo = all.reduce((m, [, e]) => (e.isAfter(m) ? e : m), all[0]![1]);
      const meeting = main.kind === 'booking';
      out.push({
        key: `${id}:${v.id}`,
        venueId: v.id,
        kind: main.status === 'requested' ? 'requested' : 'confirmed',
        bookingId: id,
        start: meeting ? wall(main.start, tz) : heldFrom,
        end: meeting ? wall(main.end, tz) : heldFrom,
        heldFrom,
        heldTo,
        number: main.number ?? null,
        title: main.topic ?? '',
        organizer: main.organizationName ?? null,
        attendees: null,
        linkedFrom: main.linked ? (home.get(id) ?? v.name) : null,
        booking: null,
        readable: main.organizationName !== null && main.organizationName !== undefined,
      });
    }
  }
  return out;
}

/** Holds of [from, from + days) from GET /bookings/board. */
export function useBoard(propertyId: string | null, tz: string, from: Dayjs, days: number) {
  const fromIso = instant(from.startOf('day'), tz);
  const toIso = instant(from.startOf('day').add(days, 'day'), tz);
  return useQuery({
    queryKey: bookingKeys.board(propertyId, fromIso, toIso),
    enabled: !!propertyId,
    placeholderData: (prev) => prev,
    queryFn: async (): Promise<Block[]> => boardBlocks(await getBoard(propertyId, from.format('YYYY-MM-DD'), days), tz),
  });
}
