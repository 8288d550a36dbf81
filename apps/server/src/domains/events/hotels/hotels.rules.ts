/**
 * The rooming rules (宾客入住计划), pure: how many a room holds, who may share, a guest's default nights, the
 * auto-assign plan over the blocks' free rooms, and which blocks to flag before their release date.
 */
import type { HotelRoomType } from '@hy/contracts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';

export interface Occupant {
  id: string;
  name: string;
  vip: boolean;
  roomShare: 'any' | 'single' | 'shared';
  gender: 'm' | 'f' | null;
  organization: string | null;
  /** the guest plus their companions */
  places: number;
}

/** A twin holds two; a king, suite or single one — two when marked shared. */
export const capacityOf = (t: HotelRoomType, shared: boolean) => (t === 'twin' || shared ? 2 : 1);

export const alone = (o: Pick<Occupant, 'vip' | 'roomShare' | 'places'>) => o.vip || o.roomShare === 'single' || o.places > 1;

/** What is wrong with putting `occupants` in one room, or null. */
export function roomProblem(t: HotelRoomType, shared: boolean, occupants: Occupant[]): string | null {
  const places = occupants.reduce((s, o) => s + o.places, 0);
  if (places > capacityOf(t, shared)) return 'room_over_capacity';
  if (occupants.length > 1) {
    if (occupants.some((o) => o.vip || o.roomShare === 'single')) return 'room_guest_single';
    const g = new Set(occupants.map((o) => o.gender ?? '?'));
    if (g.size > 1 || g.has('?')) return 'room_mixed_gender';
  }
  return null;
}

export const nextDay = (d: string) => dayjs.utc(d).add(1, 'day').format('YYYY-MM-DD');
export const prevDay = (d: string) => dayjs.utc(d).subtract(1, 'day').format('YYYY-MM-DD');
/** The nights of a stay: check-in … the night before check-out. */
export function nightsOf(checkIn: string, checkOut: string): string[] {
  const out: string[] = [];
  for (let d = checkIn; d < checkOut; d = nextDay(d)) out.push(d);
  return out;
}

/** A guest's default stay: from the arrival day (else the night before the first day) to the departure day (else the last day). */
export function defaultStay(
  g: { arrivalDay: string | null; departureDay: string | null; attendDays: string[] },
  e: { startsOn: string; endsOn: string },
) {
  const days = [...g.attendDays].sort();
  const checkIn = g.arrivalDay ?? prevDay(days[0] ?? e.startsOn);
  let checkOut = g.departureDay ?? days.at(-1) ?? e.endsOn;
  if (checkOut <= checkIn) checkOut = nextDay(checkIn);
  return { checkIn, checkOut };
}

export interface PlanGuest extends Occupant {
  checkIn: string;
  checkOut: string;
}
export interface FreeBlock {
  hotelId: string;
  roomType: HotelRoomType;
  night: string;
  free: number;
}
export interface PlannedRoom {
  hotelId: string;
  roomType: HotelRoomType;
  shared: boolean;
  guestIds: string[];
  checkIn: string;
  checkOut: string;
}
export type UnplacedReason = 'no_block' | 'block_full' | 'no_room_type';

/** Room types tried, in order, for a guest alone (VIPs a suite first) and for a pair. */
const ALONE_VIP: HotelRoomType[] = ['suite', 'king', 'single', 'twin'];
const ALONE: HotelRoomType[] = ['single', 'king', 'twin', 'suite'];
const COMPANIONS: HotelRoomType[] = ['twin'];
const PAIR: HotelRoomType[] = ['twin'];

/**
 * The auto-assign plan: VIPs and those who stay alone first, then pairs by gender, dates and organization into twins,
 * the odd one out alone; each room takes one free room of one hotel (in `hotelOrder`) on every night of its stay.
 */
export function planRooming(guests: PlanGuest[], blocks: FreeBlock[], hotelOrder: string[]) {
  const free = new Map(blocks.map((b) => [`${b.hotelId}|${b.roomType}|${b.night}`, b.free]));
  const known = new Set(blocks.map((b) => `${b.hotelId}|${b.night}`));
  const rooms: PlannedRoom[] = [];
  const unplaced: { guestId: string; reason: UnplacedReason }[] = [];

  const take = (types: HotelRoomType[], nights: string[], shared: boolean, ids: string[], checkIn: string, checkOut: string) => {
    for (const h of hotelOrder)
      for (const t of types) {
        const keys = nights.map((n) => `${h}|${t}|${n}`);
        if (keys.every((k) => (free.get(k) ?? 0) > 0)) {
          for (const k of keys) free.set(k, free.get(k)! - 1);
          rooms.push({ hotelId: h, roomType: t, shared, guestIds: ids, checkIn, checkOut });
          return true;
        }
      }
    return false;
  };
  const why = (nights: string[]): UnplacedReason =>
    nights.every((n) => hotelOrder.some((h) => known.has(`${h}|${n}`))) ? 'block_full' : 'no_block';

  const byOrg = (a: PlanGuest, b: PlanGuest) =>
    (a.organization ?? '').localeCompare(b.organization ?? '', 'zh-CN') || a.name.localeCompare(b.name, 'zh-CN');
  const lone = guests.filter((g) => alone(g) || !g.gender).sort((a, b) => Number(b.vip) - Number(a.vip) || byOrg(a, b));
  const pairable = guests.filter((g) => !alone(g) && g.gender);
  for (const g of lone) {
    const n = nightsOf(g.checkIn, g.checkOut);
    const types = g.places > 1 ? COMPANIONS : g.vip ? ALONE_VIP : ALONE;
    if (!take(types, n, g.places > 1, [g.id], g.checkIn, g.checkOut)) unplaced.push({ guestId: g.id, reason: why(n) });
  }
  const groups = new Map<string, PlanGuest[]>();
  for (const g of pairable) {
    const k = `${g.gender}|${g.checkIn}|${g.checkOut}`;
    groups.set(k, [...(groups.get(k) ?? []), g]);
  }
  for (const list of groups.values()) {
    list.sort(byOrg);
    for (let i = 0; i < list.length; i += 2) {
      const pair = list.slice(i, i + 2);
      const g = pair[0]!;
      const n = nightsOf(g.checkIn, g.checkOut);
      if (
        pair.length === 2 &&
        take(
          PAIR,
          n,
          false,
          pair.map((p) => p.id),
          g.checkIn,
          g.checkOut,
        )
      )
        continue;
      for (const p of pair)
        if (!take(p.roomShare === 'shared' ? PAIR : [...ALONE], n, false, [p.id], p.checkIn, p.checkOut))
          unplaced.push({ guestId: p.id, reason: why(n) });
    }
  }
  return { rooms, unplaced };
}

/** Whether a block's unused rooms are to be flagged on `today`: some unused, release within `warnDays` days. */
export function releaseDue(b: { rooms: number; used: number; releaseOn: string }, today: string, warnDays: number) {
  if (b.rooms - b.used <= 0) return false;
  const days = dayjs.utc(b.releaseOn).diff(dayjs.utc(today), 'day');
  return days >= 0 && days <= warnDays;
}
