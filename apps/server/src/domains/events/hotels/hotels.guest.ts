/** What a guest's registration page shows of their room (the seam the hotels sub-feature fills). */
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { eventGuests, eventRoomGuests } from '../../../db/schema/index.ts';
import { findHotel, guestsByIds, roomsOf } from './hotels.repository.ts';
import { ROOM_TYPE_ZH } from './hotels.presenter.ts';

export interface GuestRoomInfo {
  hotel: string;
  address: string | null;
  phone: string | null;
  roomType: string;
  roomNo: string | null;
  checkInOn: string;
  checkOutOn: string;
  sharedWith: string[];
}

export async function roomOf(db: DbOrTx, guestId: string): Promise<GuestRoomInfo | null> {
  const [link] = await db.select().from(eventRoomGuests).where(eq(eventRoomGuests.guestId, guestId)).limit(1);
  if (!link) return null;
  const [g] = await db.select({ eventId: eventGuests.eventId }).from(eventGuests).where(eq(eventGuests.id, guestId));
  if (!g) return null;
  const room = (await roomsOf(db, g.eventId)).find((r) => r.id === link.roomId);
  if (!room) return null;
  const hotel = await findHotel(db, g.eventId, room.hotelId);
  const mates = await guestsByIds(
    db,
    g.eventId,
    room.guestIds.filter((id) => id !== guestId),
  );
  return {
    hotel: hotel?.name ?? '',
    address: hotel?.address ?? null,
    phone: hotel?.phone ?? null,
    roomType: ROOM_TYPE_ZH[room.roomType],
    roomNo: room.roomNo,
    checkInOn: room.checkInOn,
    checkOutOn: room.checkOutOn,
    sharedWith: mates.map((m) => m.name),
  };
}
