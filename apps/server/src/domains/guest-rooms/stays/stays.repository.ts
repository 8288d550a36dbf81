/** All SQL of stays and their rooms: one function per query; check-out is a guarded update. */
import { and, asc, desc, eq, gte, inArray, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { guestRooms, guestStayRooms, guestStays } from '../../../db/schema/index.ts';

export type StayRow = typeof guestStays.$inferSelect;
export type StayRoomRow = typeof guestStayRooms.$inferSelect & {
  number: string;
  building: string;
  roomType: (typeof guestRooms.$inferSelect)['roomType'];
};

export async function insertStay(db: DbOrTx, row: typeof guestStays.$inferInsert) {
  return (await db.insert(guestStays).values(row).returning())[0]!;
}
export async function insertStayRooms(db: DbOrTx, rows: (typeof guestStayRooms.$inferInsert)[]) {
  if (rows.length) await db.insert(guestStayRooms).values(rows);
}
export async function findStay(db: DbOrTx, id: string) {
  return (await db.select().from(guestStays).where(eq(guestStays.id, id)).limit(1))[0] ?? null;
}

export async function roomsOf(db: DbOrTx, stayIds: string[]): Promise<StayRoomRow[]> {
  if (!stayIds.length) return [];
  const rows = await db
    .select({ s: guestStayRooms, number: guestRooms.number, building: guestRooms.building, roomType: guestRooms.roomType })
    .from(guestStayRooms)
    .innerJoin(guestRooms, eq(guestRooms.id, guestStayRooms.roomId))
    .where(inArray(guestStayRooms.stayId, stayIds))
    .orderBy(asc(guestRooms.number));
  return rows.map((r) => ({ ...r.s, number: r.number, building: r.building, roomType: r.roomType }));
}

export async function listStays(
  db: DbOrTx,
  q: { propertyId: string; state?: StayRow['state']; after: unknown[] | undefined; limit: number },
) {
  const after = q.after as [string, string] | undefined;
  return db
    .select()
    .from(guestStays)
    .where(
      and(
        eq(guestStays.propertyId, q.propertyId),
        q.state ? eq(guestStays.state, q.state) : undefined,
        after
          ? or(
              lt(guestStays.checkedInAt, new Date(after[0])),
              and(eq(guestStays.checkedInAt, new Date(after[0])), lt(guestStays.id, after[1])),
            )
          : undefined,
      ),
    )
    .orderBy(desc(guestStays.checkedInAt), desc(guestStays.id))
    .limit(q.limit);
}

/** Stays that checked in before `to` and had not checked out by `from` (the register of a period). */
export async function staysBetween(db: DbOrTx, propertyId: string, from: Date, to: Date) {
  return db
    .select()
    .from(guestStays)
    .where(
      and(
        eq(guestStays.propertyId, propertyId),
        lt(guestStays.checkedInAt, to),
        or(sql`${guestStays.checkedOutAt} is null`, gte(guestStays.checkedOutAt, from)),
      ),
    )
    .orderBy(asc(guestStays.checkedInAt));
}

/** Checks a stay out if still in house (null: it was not). */
export async function closeStay(db: DbOrTx, id: string, at: Date, note: string | null) {
  return (
    (
      await db
        .update(guestStays)
        .set({ state: 'checked_out', checkedOutAt: at, checkOutNote: note })
        .where(and(eq(guestStays.id, id), eq(guestStays.state, 'in_house')))
        .returning()
    )[0] ?? null
  );
}

export async function closeStayRoom(db: DbOrTx, id: string, patch: Partial<typeof guestStayRooms.$inferInsert>) {
  return (await db.update(guestStayRooms).set(patch).where(eq(guestStayRooms.id, id)).returning())[0]!;
}

/** The key register: every room line of the property's stays, latest first. */
export async function keyLines(db: DbOrTx, propertyId: string, limit = 300) {
  return db
    .select({ l: guestStayRooms, number: guestRooms.number, hostUnit: guestStays.hostUnit, guests: guestStays.guests })
    .from(guestStayRooms)
    .innerJoin(guestRooms, eq(guestRooms.id, guestStayRooms.roomId))
    .innerJoin(guestStays, eq(guestStays.id, guestStayRooms.stayId))
    .where(eq(guestStayRooms.propertyId, propertyId))
    .orderBy(desc(guestStayRooms.checkedInAt), asc(guestRooms.number))
    .limit(limit);
}

/** The last stay line of a room checked out (for the inspection that follows). */
export async function lastCheckedOut(db: DbOrTx, roomId: string) {
  return (
    (
      await db
        .select({ stayId: guestStayRooms.stayId, hostUnit: guestStays.hostUnit })
        .from(guestStayRooms)
        .innerJoin(guestStays, eq(guestStays.id, guestStayRooms.stayId))
        .where(and(eq(guestStayRooms.roomId, roomId), sql`${guestStayRooms.checkedOutAt} is not null`))
        .orderBy(desc(guestStayRooms.checkedOutAt))
        .limit(1)
    )[0] ?? null
  );
}
