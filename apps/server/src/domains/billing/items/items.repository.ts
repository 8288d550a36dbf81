/** All SQL of fee items and the units' billing area. */
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { buildings, feeItems, organizations, units } from '../../../db/schema/index.ts';

export type FeeItemRow = typeof feeItems.$inferSelect;

export const listItems = (db: DbOrTx, propertyId: string) =>
  db.select().from(feeItems).where(eq(feeItems.propertyId, propertyId)).orderBy(asc(feeItems.position), asc(feeItems.code));

export async function itemById(db: DbOrTx, id: string) {
  const [r] = await db.select().from(feeItems).where(eq(feeItems.id, id));
  return r ?? null;
}

export async function insertItem(db: DbOrTx, v: typeof feeItems.$inferInsert) {
  const [r] = await db.insert(feeItems).values(v).returning();
  return r!;
}

export async function updateItem(db: DbOrTx, id: string, v: Partial<typeof feeItems.$inferInsert>, at: Date) {
  const [r] = await db
    .update(feeItems)
    .set({ ...v, updatedAt: at })
    .where(eq(feeItems.id, id))
    .returning();
  return r!;
}

/** The active item of a sheet priced on a basis (the first by position). */
export async function activeItem(db: DbOrTx, propertyId: string, sheet: FeeItemRow['sheet']) {
  const [r] = await db
    .select()
    .from(feeItems)
    .where(and(eq(feeItems.propertyId, propertyId), eq(feeItems.sheet, sheet), eq(feeItems.active, true)))
    .orderBy(asc(feeItems.position), asc(feeItems.code))
    .limit(1);
  return r ?? null;
}

export const listUnits = (db: DbOrTx, propertyId: string) =>
  db
    .select({
      id: units.id,
      code: units.code,
      building: buildings.name,
      organizationId: units.organizationId,
      organizationName: organizations.name,
      billingAreaSqm: units.billingAreaSqm,
    })
    .from(units)
    .innerJoin(buildings, eq(buildings.id, units.buildingId))
    .leftJoin(organizations, eq(organizations.id, units.organizationId))
    .where(eq(units.propertyId, propertyId))
    .orderBy(asc(buildings.sort), asc(buildings.name), asc(units.code));

export async function unitById(db: DbOrTx, id: string) {
  const [r] = await db.select().from(units).where(eq(units.id, id));
  return r ?? null;
}

export const setArea = (db: DbOrTx, id: string, area: number) =>
  db
    .update(units)
    .set({ billingAreaSqm: area.toFixed(2) })
    .where(eq(units.id, id));
