/** What the rooming views show, field by field (identity numbers to the inner circle only). */
import type { HotelRoomType } from '@hy/contracts';
import type { BlockRow, GuestRow, HotelRow, RoomRow } from './hotels.repository.ts';
import { nightsOf, releaseDue, type Occupant } from './hotels.rules.ts';

export const ROOM_TYPE_ZH: Record<HotelRoomType, string> = { twin: '标准间', king: '大床房', suite: '套房', single: '单人间' };

export const presentGuest = (g: GuestRow, inner: boolean) => ({
  id: g.id,
  name: g.name,
  organization: g.organization,
  gender: g.gender as 'm' | 'f' | null,
  vip: g.vip,
  phone: g.phone,
  idNo: inner ? g.idNo : null,
  companions: g.companions.length,
});

export const occupantOf = (g: GuestRow): Occupant => ({
  id: g.id,
  name: g.name,
  vip: g.vip,
  roomShare: g.roomShare as Occupant['roomShare'],
  gender: g.gender as Occupant['gender'],
  organization: g.organization,
  places: 1 + g.companions.length,
});

export const presentRoom = (r: RoomRow & { guestIds: string[] }, guests: Map<string, GuestRow>, inner: boolean) => ({
  id: r.id,
  hotelId: r.hotelId,
  roomType: r.roomType,
  shared: r.shared,
  roomNo: r.roomNo,
  checkInOn: r.checkInOn,
  checkOutOn: r.checkOutOn,
  nights: nightsOf(r.checkInOn, r.checkOutOn).length,
  guests: r.guestIds
    .map((id) => guests.get(id))
    .filter((g): g is GuestRow => !!g)
    .sort((a, b) => Number(b.vip) - Number(a.vip) || a.name.localeCompare(b.name, 'zh-CN'))
    .map((g) => presentGuest(g, inner)),
});

/** The blocks to flag: per room type and release date, the unused room nights due within `warnDays`. */
export function flagsOf(h: HotelRow, blocks: BlockRow[], today: string, warnDays: number) {
  const by = new Map<string, { hotelId: string; hotel: string; roomType: HotelRoomType; releaseOn: string; unusedNights: number }>();
  for (const b of blocks) {
    if (!releaseDue(b, today, warnDays)) continue;
    const k = `${b.roomType}|${b.releaseOn}`;
    const f = by.get(k) ?? { hotelId: h.id, hotel: h.name, roomType: b.roomType, releaseOn: b.releaseOn, unusedNights: 0 };
    f.unusedNights += b.rooms - b.used;
    by.set(k, f);
  }
  return [...by.values()];
}

export const presentHotel = (h: HotelRow, lastChange: Date | undefined) => ({
  id: h.id,
  name: h.name,
  address: h.address,
  phone: h.phone,
  contact: h.contact,
  email: h.email,
  notes: h.notes,
  sentAt: h.sentAt,
  sentVersion: h.sentVersion,
  changedSinceSent: !!h.sentAt && !!lastChange && lastChange > h.sentAt,
});
