/** All SQL of the events' hotels: hotels, room blocks (guarded counters), rooms, guest nights, the change log. */
import { and, asc, desc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { HotelRoomType } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import {
  eventGroupMembers,
  eventGroups,
  eventGuests,
  eventHotels,
  eventRoomBlocks,
  eventRoomChanges,
  eventRoomGuests,
  eventRooms,
  events,
} from '../../../db/schema/index.ts';

export type HotelRow = typeof eventHotels.$inferSelect;
export type BlockRow = typeof eventRoomBlocks.$inferSelect;
export type RoomRow = typeof eventRooms.$inferSelect;
export type GuestRow = typeof eventGuests.$inferSelect;

export const hotelsOf = (db: DbOrTx, eventId: string) =>
  db.select().from(eventHotels).where(eq(eventHotels.eventId, eventId)).orderBy(asc(eventHotels.sort), asc(eventHotels.createdAt));

export const findHotel = async (db: DbOrTx, eventId: string, id: string) =>
  (
    await db
      .select()
      .from(eventHotels)
      .where(and(eq(eventHotels.eventId, eventId), eq(eventHotels.id, id)))
  )[0] ?? null;

export const insertHotel = async (tx: DbOrTx, v: typeof eventHotels.$inferInsert) =>
  (await tx.insert(eventHotels).values(v).returning())[0]!;

export const updateHotel = async (tx: DbOrTx, id: string, v: Partial<typeof eventHotels.$inferInsert>) =>
  (await tx.update(eventHotels).set(v).where(eq(eventHotels.id, id)).returning())[0]!;

export const deleteHotel = (tx: DbOrTx, id: string) => tx.delete(eventHotels).where(eq(eventHotels.id, id));

export const blocksOf = (db: DbOrTx, eventId: string, hotelId?: string) =>
  db
    .select()
    .from(eventRoomBlocks)
    .where(and(eq(eventRoomBlocks.eventId, eventId), hotelId ? eq(eventRoomBlocks.hotelId, hotelId) : undefined))
    .orderBy(asc(eventRoomBlocks.night), asc(eventRoomBlocks.roomType));

/** Puts the blocks in (or changes rooms, price, release of those there); the check refuses fewer rooms than used. */
export const upsertBlocks = (tx: DbOrTx, rows: (typeof eventRoomBlocks.$inferInsert)[]) =>
  tx
    .insert(eventRoomBlocks)
    .values(rows)
    .onConflictDoUpdate({
      target: [eventRoomBlocks.hotelId, eventRoomBlocks.roomType, eventRoomBlocks.night],
      set: {
        rooms: sql`excluded.rooms`,
        priceFen: sql`excluded.price_fen`,
        releaseOn: sql`excluded.release_on`,
        releaseNotifiedAt: null,
      },
    })
    .returning();

/**
 * Takes `n` rooms of the block on `night`: the guarded UPDATE never lets `used` pass `rooms` (concurrent takers wait
 * on the row and re-check). 'ok', 'full' or 'missing'.
 */
export async function takeRooms(tx: DbOrTx, hotelId: string, t: HotelRoomType, night: string, n: number) {
  const b = eventRoomBlocks;
  const hit = await tx
    .update(b)
    .set({ used: sql`${b.used} + ${n}` })
    .where(and(eq(b.hotelId, hotelId), eq(b.roomType, t), eq(b.night, night), sql`${b.used} + ${n} <= ${b.rooms}`))
    .returning({ id: b.id });
  if (hit.length) return 'ok' as const;
  const there = await tx
    .select({ id: b.id })
    .from(b)
    .where(and(eq(b.hotelId, hotelId), eq(b.roomType, t), eq(b.night, night)));
  return there.length ? ('full' as const) : ('missing' as const);
}

export const giveBackRooms = (tx: DbOrTx, hotelId: string, t: HotelRoomType, nights: string[], n = 1) =>
  nights.length
    ? tx
        .update(eventRoomBlocks)
        .set({ used: sql`${eventRoomBlocks.used} - ${n}` })
        .where(and(eq(eventRoomBlocks.hotelId, hotelId), eq(eventRoomBlocks.roomType, t), inArray(eventRoomBlocks.night, nights)))
    : Promise.resolve();

export const insertRooms = (tx: DbOrTx, rows: (typeof eventRooms.$inferInsert)[]) => tx.insert(eventRooms).values(rows).returning();

export const findRoom = async (db: DbOrTx, eventId: string, id: string) =>
  (
    await db
      .select()
      .from(eventRooms)
      .where(and(eq(eventRooms.eventId, eventId), eq(eventRooms.id, id)))
      .for('update')
  )[0] ?? null;

export const updateRoom = async (tx: DbOrTx, id: string, v: Partial<typeof eventRooms.$inferInsert>) =>
  (await tx.update(eventRooms).set(v).where(eq(eventRooms.id, id)).returning())[0]!;

export const deleteRoom = (tx: DbOrTx, id: string) => tx.delete(eventRooms).where(eq(eventRooms.id, id));

export const insertGuestNights = (tx: DbOrTx, rows: (typeof eventRoomGuests.$inferInsert)[]) =>
  rows.length ? tx.insert(eventRoomGuests).values(rows) : Promise.resolve();

export const clearGuestNights = (tx: DbOrTx, roomId: string) => tx.delete(eventRoomGuests).where(eq(eventRoomGuests.roomId, roomId));

/** The rooms of the event (of one hotel) with their guests' ids. */
export async function roomsOf(db: DbOrTx, eventId: string, hotelId?: string) {
  const rooms = await db
    .select()
    .from(eventRooms)
    .where(and(eq(eventRooms.eventId, eventId), hotelId ? eq(eventRooms.hotelId, hotelId) : undefined))
    .orderBy(asc(eventRooms.roomNo), asc(eventRooms.createdAt));
  const links = rooms.length
    ? await db
        .selectDistinct({ roomId: eventRoomGuests.roomId, guestId: eventRoomGuests.guestId })
        .from(eventRoomGuests)
        .where(eq(eventRoomGuests.eventId, eventId))
    : [];
  const by = new Map<string, string[]>();
  for (const l of links) by.set(l.roomId, [...(by.get(l.roomId) ?? []), l.guestId]);
  return rooms.map((r) => ({ ...r, guestIds: by.get(r.id) ?? [] }));
}

export const guestsByIds = (db: DbOrTx, eventId: string, ids: string[]) =>
  ids.length
    ? db
        .select()
        .from(eventGuests)
        .where(and(eq(eventGuests.eventId, eventId), inArray(eventGuests.id, ids)))
    : Promise.resolve([]);

/** Registered guests who need a hotel and have no room on any night. */
export const unroomedGuests = (db: DbOrTx, eventId: string) =>
  db
    .select()
    .from(eventGuests)
    .where(
      and(
        eq(eventGuests.eventId, eventId),
        eq(eventGuests.rsvp, 'registered'),
        eq(eventGuests.hotelWish, 'needed'),
        sql`not exists (select 1 from event_room_guests rg where rg.guest_id = ${eventGuests.id})`,
      ),
    )
    .orderBy(asc(eventGuests.name));

export const insertChanges = (tx: DbOrTx, rows: (typeof eventRoomChanges.$inferInsert)[]) =>
  rows.length ? tx.insert(eventRoomChanges).values(rows) : Promise.resolve();

export const changesOf = (db: DbOrTx, eventId: string, limit = 200) =>
  db.select().from(eventRoomChanges).where(eq(eventRoomChanges.eventId, eventId)).orderBy(desc(eventRoomChanges.at)).limit(limit);

/** The last change of each hotel (for "changed since sent"). */
export async function lastChanges(db: DbOrTx, eventId: string) {
  const rows = await db
    .select({ hotelId: eventRoomChanges.hotelId, at: sql<Date>`max(${eventRoomChanges.at})`.mapWith((v) => new Date(v)) })
    .from(eventRoomChanges)
    .where(eq(eventRoomChanges.eventId, eventId))
    .groupBy(eventRoomChanges.hotelId);
  return new Map(rows.map((r) => [r.hotelId, r.at]));
}

/** Blocks with unused rooms, never notified, releasing between `from` and `to` (all events, for the daily job). */
export const releaseCandidates = (db: DbOrTx, from: string, to: string) =>
  db
    .select({ b: eventRoomBlocks, hotel: eventHotels.name, event: events })
    .from(eventRoomBlocks)
    .innerJoin(eventHotels, eq(eventHotels.id, eventRoomBlocks.hotelId))
    .innerJoin(events, eq(events.id, eventRoomBlocks.eventId))
    .where(
      and(
        isNull(eventRoomBlocks.releaseNotifiedAt),
        gte(eventRoomBlocks.releaseOn, from),
        lte(eventRoomBlocks.releaseOn, to),
        sql`${eventRoomBlocks.used} < ${eventRoomBlocks.rooms}`,
        inArray(events.status, ['planning', 'ready', 'running']),
      ),
    );

export const markNotified = (tx: DbOrTx, ids: string[], at: Date) =>
  tx.update(eventRoomBlocks).set({ releaseNotifiedAt: at }).where(inArray(eventRoomBlocks.id, ids));

/** The 文秘信息组's leader and members. */
export async function secretariatOf(db: DbOrTx, eventId: string) {
  const groups = await db
    .select()
    .from(eventGroups)
    .where(and(eq(eventGroups.eventId, eventId), eq(eventGroups.code, 'secretariat')));
  const ids = new Set(groups.map((g) => g.leaderId).filter((x): x is string => !!x));
  if (groups.length) {
    const members = await db
      .select({ userId: eventGroupMembers.userId })
      .from(eventGroupMembers)
      .where(
        inArray(
          eventGroupMembers.groupId,
          groups.map((g) => g.id),
        ),
      );
    for (const m of members) ids.add(m.userId);
  }
  return [...ids];
}
