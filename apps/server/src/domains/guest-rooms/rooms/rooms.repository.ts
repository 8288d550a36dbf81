/** All SQL of guest rooms and the 房态核对表: one function per query; status changes are guarded updates. */
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { RoomStatus } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import { guestRoomChecks, guestRooms, guestStayRooms, guestStays } from '../../../db/schema/index.ts';

export type RoomRow = typeof guestRooms.$inferSelect;
export type BoardRow = RoomRow & {
  stayId: string | null;
  hostUnit: string | null;
  guests: string[] | null;
  plannedCheckOutOn: string | null;
};
export type CheckRow = typeof guestRoomChecks.$inferSelect;

/** The rooms of a property (optionally one building) by building, floor and number, with the stay in each. */
export async function board(db: DbOrTx, propertyId: string, building?: string): Promise<BoardRow[]> {
  const rows = await db
    .select({
      r: guestRooms,
      stayId: guestStays.id,
      hostUnit: guestStays.hostUnit,
      guests: guestStays.guests,
      plannedCheckOutOn: guestStays.plannedCheckOutOn,
    })
    .from(guestRooms)
    .leftJoin(guestStayRooms, and(eq(guestStayRooms.roomId, guestRooms.id), isNull(guestStayRooms.checkedOutAt)))
    .leftJoin(guestStays, eq(guestStays.id, guestStayRooms.stayId))
    .where(and(eq(guestRooms.propertyId, propertyId), building ? eq(guestRooms.building, building) : undefined))
    .orderBy(asc(guestRooms.building), asc(guestRooms.floor), asc(guestRooms.number));
  return rows.map((x) => ({ ...x.r, stayId: x.stayId, hostUnit: x.hostUnit, guests: x.guests, plannedCheckOutOn: x.plannedCheckOutOn }));
}

export async function findRoom(db: DbOrTx, id: string) {
  return (await db.select().from(guestRooms).where(eq(guestRooms.id, id)).limit(1))[0] ?? null;
}

export async function roomsIn(db: DbOrTx, propertyId: string, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select()
    .from(guestRooms)
    .where(and(eq(guestRooms.propertyId, propertyId), inArray(guestRooms.id, ids)));
}

export async function insertRoom(db: DbOrTx, row: typeof guestRooms.$inferInsert) {
  return (await db.insert(guestRooms).values(row).onConflictDoNothing().returning())[0] ?? null;
}

/** Moves a room from one of `from` to `to` (null: it was not in one of them any more). */
export async function moveRoom(db: DbOrTx, id: string, from: RoomStatus[], to: RoomStatus, reason: string | null, at: Date) {
  return (
    (
      await db
        .update(guestRooms)
        .set({ status: to, statusReason: reason, statusChangedAt: at })
        .where(and(eq(guestRooms.id, id), inArray(guestRooms.status, from)))
        .returning()
    )[0] ?? null
  );
}

export async function findCheck(db: DbOrTx, propertyId: string, day: string) {
  return (
    (
      await db
        .select()
        .from(guestRoomChecks)
        .where(and(eq(guestRoomChecks.propertyId, propertyId), eq(guestRoomChecks.day, day)))
        .limit(1)
    )[0] ?? null
  );
}

export async function insertCheck(db: DbOrTx, row: typeof guestRoomChecks.$inferInsert) {
  return (await db.insert(guestRoomChecks).values(row).onConflictDoNothing().returning())[0] ?? null;
}

export async function listChecks(db: DbOrTx, propertyId: string, limit = 60) {
  return db
    .select({
      id: guestRoomChecks.id,
      day: guestRoomChecks.day,
      rooms: sql<number>`jsonb_array_length(${guestRoomChecks.lines})::int`,
      discrepancies: guestRoomChecks.discrepancies,
      signedAt: guestRoomChecks.signedAt,
      signedByName: guestRoomChecks.signedByName,
    })
    .from(guestRoomChecks)
    .where(eq(guestRoomChecks.propertyId, propertyId))
    .orderBy(desc(guestRoomChecks.day))
    .limit(limit);
}
