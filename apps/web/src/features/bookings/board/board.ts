/** The availability board's data: venues × holds for a day or a week, in the property's wall-clock time. */
import { useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import type { BoardItem, BoardView } from '@hy/contracts';
import type { Venue } from '../../places/api';
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

/** The largest number of seats a venue offers in any layout. */
export const maxCapacity = (v: Venue) => Math.max(v.seats, ...v.layouts.map((l) => l.capacity));
/** Monday of the week that holds `d`. */
export const mondayOf = (d: Dayjs) => d.subtract((d.day() + 6) % 7, 'day').startOf('day');
/** Minutes since midnight as 'HH:mm'. */
export const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
/** A venue's opening hours as minutes since midnight. */
export function openingMinutes(v: Venue) {
  const [oh, om] = v.openFrom.split(':').map(Number);
  const [ch, cm] = v.openTo.split(':').map(Number);
  return { open: oh! * 60 + om!, close: ch! * 60 + cm! };
}

/** Minutes since midnight of `day` (may be negative or beyond 24 h for other days). */
export const minutesIn = (d: Dayjs, day: Dayjs) => d.diff(day.startOf('day'), 'minute');
/** Percentage position of a minute on the 07:00–22:00 axis, clamped. */
export const pct = (m: number) => ((Math.min(Math.max(m, DAY_START), DAY_END) - DAY_START) / (DAY_END - DAY_START)) * 100;

/** A hold that opens nothing: someone else's booking (occupied) or a closure. */
function plainBlock(venueId: string, key: string, kind: 'confirmed' | 'closed', it: BoardItem, tz: string, title: string): Block {
  const start = wall(it.start, tz);
  const end = wall(it.end, tz);
  return {
    key,
    venueId,
    kind,
    bookingId: null,
    start,
    end,
    heldFrom: start,
    heldTo: end,
    number: null,
    title,
    organizer: null,
    attendees: null,
    linkedFrom: null,
    booking: null,
    readable: false,
  };
}

/** Folds the board's pieces (booking + its buffers per venue) into blocks. */
function boardBlocks(raw: BoardView, tz: string): Block[] {
  const out: Block[] = [];
  const home = new Map<string, string>();
  for (const v of raw.venues ?? []) for (const it of v.items ?? []) if (it.bookingId && !it.linked) home.set(it.bookingId, v.name);
  for (const v of raw.venues ?? []) {
    const byBooking = new Map<string, BoardItem[]>();
    for (const it of v.items ?? []) {
      if (it.kind === 'occupied') out.push(plainBlock(v.id, `o:${v.id}:${it.start}`, 'confirmed', it, tz, ''));
      else if (it.kind === 'closure') out.push(plainBlock(v.id, `c:${it.closureId}:${v.id}`, 'closed', it, tz, it.reason ?? ''));
      else if (it.bookingId) byBooking.set(it.bookingId, [...(byBooking.get(it.bookingId) ?? []), it]);
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

/** The 30-minute slots of a venue's day that cannot be picked: held, outside opening hours, or before `nowMin`. */
export function blockedSlots(v: Venue, blocks: Block[], day: Dayjs, nowMin: number) {
  const out = new Array<boolean>(SLOTS).fill(false);
  const { open, close } = openingMinutes(v);
  for (let i = 0; i < SLOTS; i++) {
    const s = DAY_START + i * SLOT;
    const e = s + SLOT;
    if (!v.bookable || s < open || e > close || s < nowMin) out[i] = true;
    for (const b of blocks) if (minutesIn(b.heldFrom, day) < e && minutesIn(b.heldTo, day) > s) out[i] = true;
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
