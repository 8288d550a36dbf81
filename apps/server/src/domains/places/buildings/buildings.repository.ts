/** All SQL of buildings and their floors: one function per query. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { buildings, floors } from '../../../db/schema/index.ts';
import { after, search, visible, type Visibility } from '../resource/resource.repository.ts';

export type BuildingRow = typeof buildings.$inferSelect;
export type FloorRow = typeof floors.$inferSelect;

export const BUILDING_ORDER = [buildings.sort, buildings.code, buildings.id];
export async function listBuildings(db: DbOrTx, f: { v: Visibility; q?: string; after?: unknown[]; limit: number }) {
  return db
    .select()
    .from(buildings)
    .where(and(visible(buildings, f.v, sql`true`), search(f.q, buildings.code, buildings.name), after(BUILDING_ORDER, f.after)))
    .orderBy(...BUILDING_ORDER.map(asc))
    .limit(f.limit);
}

export async function findBuilding(db: DbOrTx, id: string) {
  return (await db.select().from(buildings).where(eq(buildings.id, id)).limit(1))[0] ?? null;
}

export async function insertBuilding(db: DbOrTx, row: typeof buildings.$inferInsert) {
  return (await db.insert(buildings).values(row).returning())[0]!;
}

export async function updateBuilding(db: DbOrTx, id: string, patch: Partial<typeof buildings.$inferInsert>) {
  return (
    await db
      .update(buildings)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(buildings.id, id))
      .returning()
  )[0]!;
}

export async function deleteBuilding(db: DbOrTx, id: string) {
  await db.delete(floors).where(eq(floors.buildingId, id));
  await db.delete(buildings).where(eq(buildings.id, id));
}

export async function floorsOf(db: DbOrTx, buildingId: string) {
  return db.select().from(floors).where(eq(floors.buildingId, buildingId)).orderBy(asc(floors.level));
}

export async function findFloor(db: DbOrTx, id: string) {
  return (await db.select().from(floors).where(eq(floors.id, id)).limit(1))[0] ?? null;
}

export async function insertFloors(db: DbOrTx, rows: (typeof floors.$inferInsert)[]) {
  if (rows.length) await db.insert(floors).values(rows);
}

export async function deleteFloors(db: DbOrTx, buildingId: string, levels: number[]) {
  if (levels.length) await db.delete(floors).where(and(eq(floors.buildingId, buildingId), inArray(floors.level, levels)));
}
