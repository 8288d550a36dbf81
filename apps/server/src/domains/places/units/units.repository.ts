/** All SQL of units (with their building, floor and organization names): one function per query. */
import { and, asc, eq, getTableColumns } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { buildings, floors, organizations, units } from '../../../db/schema/index.ts';
import { after, search, visible, type Visibility } from '../resource/resource.repository.ts';

const unitColumns = {
  ...getTableColumns(units),
  buildingName: buildings.name,
  floorLabel: floors.label,
  organizationName: organizations.name,
};
function unitsQuery(db: DbOrTx) {
  return db
    .select(unitColumns)
    .from(units)
    .innerJoin(buildings, eq(buildings.id, units.buildingId))
    .leftJoin(floors, eq(floors.id, units.floorId))
    .leftJoin(organizations, eq(organizations.id, units.organizationId));
}
export type UnitView = Awaited<ReturnType<typeof findUnit>> & {};

export const UNIT_ORDER = [units.code, units.id];
export async function listUnits(
  db: DbOrTx,
  f: { v: Visibility; ownId: string | null; q?: string; buildingId?: string; organizationId?: string; after?: unknown[]; limit: number },
) {
  return unitsQuery(db)
    .where(
      and(
        visible(units, f.v, f.ownId ? eq(units.id, f.ownId) : undefined),
        search(f.q, units.code, units.name),
        f.buildingId ? eq(units.buildingId, f.buildingId) : undefined,
        f.organizationId ? eq(units.organizationId, f.organizationId) : undefined,
        after(UNIT_ORDER, f.after),
      ),
    )
    .orderBy(...UNIT_ORDER.map(asc))
    .limit(f.limit);
}

export async function findUnit(db: DbOrTx, id: string) {
  return (await unitsQuery(db).where(eq(units.id, id)).limit(1))[0] ?? null;
}

export async function insertUnit(db: DbOrTx, row: typeof units.$inferInsert) {
  return (await db.insert(units).values(row).returning())[0]!;
}

export async function updateUnit(db: DbOrTx, id: string, patch: Partial<typeof units.$inferInsert>) {
  await db
    .update(units)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(units.id, id));
}

export async function deleteUnit(db: DbOrTx, id: string) {
  await db.delete(units).where(eq(units.id, id));
}
