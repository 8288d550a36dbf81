/** All SQL of the warehouse and a meeting's materials (M7). */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { materialMovements, meetingMaterials, warehouseItems } from '../../../db/schema/index.ts';

const one = <T>(rows: T[]) => rows[0] ?? null;

export type ItemRow = typeof warehouseItems.$inferSelect;
export const itemsOf = (db: DbOrTx, propertyId: string) =>
  db.select().from(warehouseItems).where(eq(warehouseItems.propertyId, propertyId)).orderBy(asc(warehouseItems.code));
export const findItem = async (db: DbOrTx, id: string) => one(await db.select().from(warehouseItems).where(eq(warehouseItems.id, id)));
export async function insertItem(tx: DbOrTx, v: typeof warehouseItems.$inferInsert) {
  return one(
    await tx
      .insert(warehouseItems)
      .values(v)
      .onConflictDoNothing({ target: [warehouseItems.propertyId, warehouseItems.code] })
      .returning(),
  );
}
/** stock + delta, atomically; a decrease only while the stock covers it (null otherwise). */
export async function moveStock(tx: DbOrTx, id: string, delta: number, at: Date) {
  return one(
    await tx
      .update(warehouseItems)
      .set({ stock: sql`${warehouseItems.stock} + ${delta}`, updatedAt: at })
      .where(and(eq(warehouseItems.id, id), sql`${warehouseItems.stock} + ${delta} >= 0`))
      .returning(),
  );
}
export async function addCheckout(tx: DbOrTx, v: { noticeId: string; itemId: string; propertyId: string; qty: number }) {
  const t = meetingMaterials;
  return one(
    await tx
      .insert(t)
      .values({ noticeId: v.noticeId, itemId: v.itemId, propertyId: v.propertyId, checkedOut: v.qty })
      .onConflictDoUpdate({ target: [t.noticeId, t.itemId], set: { checkedOut: sql`${t.checkedOut} + ${v.qty}` } })
      .returning(),
  )!;
}
/** returned/lost + counts, atomically, never above what was checked out (null otherwise). */
export async function addReturn(tx: DbOrTx, noticeId: string, itemId: string, returned: number, lost: number) {
  const t = meetingMaterials;
  return one(
    await tx
      .update(t)
      .set({ returned: sql`${t.returned} + ${returned}`, lost: sql`${t.lost} + ${lost}` })
      .where(and(eq(t.noticeId, noticeId), eq(t.itemId, itemId), sql`${t.returned} + ${t.lost} + ${returned + lost} <= ${t.checkedOut}`))
      .returning(),
  );
}
export const movement = (tx: DbOrTx, v: typeof materialMovements.$inferInsert) => tx.insert(materialMovements).values(v);
export function materialsOf(db: DbOrTx, noticeId: string) {
  return db
    .select({ m: meetingMaterials, item: warehouseItems })
    .from(meetingMaterials)
    .innerJoin(warehouseItems, eq(warehouseItems.id, meetingMaterials.itemId))
    .where(eq(meetingMaterials.noticeId, noticeId))
    .orderBy(asc(warehouseItems.code));
}
