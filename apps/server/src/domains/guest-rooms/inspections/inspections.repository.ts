/** All SQL of vacated-room inspections and items left behind; hand-in and cleaned are guarded updates. */
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { guestLeftItems, guestRoomInspections, guestRooms, guestStays } from '../../../db/schema/index.ts';

export type InspectionRow = typeof guestRoomInspections.$inferSelect & { roomNumber: string; hostUnit: string | null };
export type LeftItemRow = typeof guestLeftItems.$inferSelect;

const select = (db: DbOrTx) =>
  db
    .select({ i: guestRoomInspections, roomNumber: guestRooms.number, hostUnit: guestStays.hostUnit })
    .from(guestRoomInspections)
    .innerJoin(guestRooms, eq(guestRooms.id, guestRoomInspections.roomId))
    .leftJoin(guestStays, eq(guestStays.id, guestRoomInspections.stayId));
const flat = (r: { i: typeof guestRoomInspections.$inferSelect; roomNumber: string; hostUnit: string | null }): InspectionRow => ({
  ...r.i,
  roomNumber: r.roomNumber,
  hostUnit: r.hostUnit,
});

export async function insertInspection(db: DbOrTx, row: typeof guestRoomInspections.$inferInsert) {
  return (await db.insert(guestRoomInspections).values(row).returning())[0]!;
}
export async function insertLeftItems(db: DbOrTx, rows: (typeof guestLeftItems.$inferInsert)[]) {
  if (rows.length) await db.insert(guestLeftItems).values(rows);
}
export async function findInspection(db: DbOrTx, id: string) {
  const r = (await select(db).where(eq(guestRoomInspections.id, id)).limit(1))[0];
  return r ? flat(r) : null;
}
export async function listInspections(db: DbOrTx, propertyId: string, limit = 100) {
  return (
    await select(db).where(eq(guestRoomInspections.propertyId, propertyId)).orderBy(desc(guestRoomInspections.inspectedAt)).limit(limit)
  ).map(flat);
}
export async function leftItemsOf(db: DbOrTx, inspectionIds: string[]) {
  if (!inspectionIds.length) return [];
  return db.select().from(guestLeftItems).where(inArray(guestLeftItems.inspectionId, inspectionIds)).orderBy(guestLeftItems.foundAt);
}
export async function listLeftItems(db: DbOrTx, propertyId: string, limit = 200) {
  return db
    .select()
    .from(guestLeftItems)
    .where(eq(guestLeftItems.propertyId, propertyId))
    .orderBy(desc(guestLeftItems.foundAt))
    .limit(limit);
}
export async function findLeftItem(db: DbOrTx, id: string) {
  return (await db.select().from(guestLeftItems).where(eq(guestLeftItems.id, id)).limit(1))[0] ?? null;
}
export async function handIn(db: DbOrTx, id: string, at: Date, to: string) {
  return (
    (
      await db
        .update(guestLeftItems)
        .set({ handedInAt: at, handedToName: to })
        .where(and(eq(guestLeftItems.id, id), isNull(guestLeftItems.handedInAt)))
        .returning()
    )[0] ?? null
  );
}
export async function markCleaned(db: DbOrTx, id: string, at: Date, by: string) {
  return (
    (
      await db
        .update(guestRoomInspections)
        .set({ cleanedAt: at, cleanedByName: by })
        .where(and(eq(guestRoomInspections.id, id), isNull(guestRoomInspections.cleanedAt)))
        .returning()
    )[0] ?? null
  );
}
