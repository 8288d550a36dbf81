/** SQL of the repair price list (S6). */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { repairPriceItems } from '../../../db/schema/index.ts';

export type PriceItemRow = typeof repairPriceItems.$inferSelect;

export async function listItems(db: DbOrTx, propertyId: string, active?: boolean) {
  return db
    .select()
    .from(repairPriceItems)
    .where(and(eq(repairPriceItems.propertyId, propertyId), active === undefined ? undefined : eq(repairPriceItems.active, active)))
    .orderBy(asc(repairPriceItems.kind), asc(repairPriceItems.sort), asc(repairPriceItems.name));
}

export async function findItem(db: DbOrTx, id: string) {
  const [r] = await db.select().from(repairPriceItems).where(eq(repairPriceItems.id, id));
  return r ?? null;
}

export async function itemsByIds(db: DbOrTx, ids: string[]) {
  if (!ids.length) return [];
  return db.select().from(repairPriceItems).where(inArray(repairPriceItems.id, ids));
}

/** Inserts unless the name is taken in the property (null then). */
export async function insertItem(db: DbOrTx, row: typeof repairPriceItems.$inferInsert) {
  const [r] = await db.insert(repairPriceItems).values(row).onConflictDoNothing().returning();
  return r ?? null;
}

export async function updateItem(db: DbOrTx, id: string, patch: Partial<typeof repairPriceItems.$inferInsert>) {
  const [r] = await db.update(repairPriceItems).set(patch).where(eq(repairPriceItems.id, id)).returning();
  return r ?? null;
}

export async function nameTaken(db: DbOrTx, propertyId: string, name: string, exceptId: string) {
  const rows = await db
    .select({ id: repairPriceItems.id })
    .from(repairPriceItems)
    .where(and(eq(repairPriceItems.propertyId, propertyId), eq(repairPriceItems.name, name)));
  return rows.some((r) => r.id !== exceptId);
}
