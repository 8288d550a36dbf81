/** All SQL of the linen and glassware stock and laundry batches; stock moves are guarded updates. */
import { and, asc, desc, eq, gte, isNull, sql } from 'drizzle-orm';
import { LINEN_ITEMS, type LinenItem } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import { guestLaundryBatches, guestLinenStock } from '../../../db/schema/index.ts';

export type StockRow = typeof guestLinenStock.$inferSelect;
export type BatchRow = typeof guestLaundryBatches.$inferSelect;
type Place = 'inStore' | 'inRooms' | 'dirty' | 'atLaundry';

/** Every item's stock row of the property (made on first use). */
export async function ensureStock(db: DbOrTx, propertyId: string) {
  await db
    .insert(guestLinenStock)
    .values(LINEN_ITEMS.map((item) => ({ propertyId, item })))
    .onConflictDoNothing();
}

export async function stock(db: DbOrTx, propertyId: string) {
  return db.select().from(guestLinenStock).where(eq(guestLinenStock.propertyId, propertyId)).orderBy(asc(guestLinenStock.item));
}

/**
 * Moves `n` pieces of an item from one place to another (`lost` added to the losses) — only when `from` holds
 * at least `take`. Null: it held too few.
 */
export async function move(
  db: DbOrTx,
  propertyId: string,
  item: LinenItem,
  m: { from?: Place; take: number; to?: Place; put: number; lost?: number },
) {
  const col = (p: Place) => guestLinenStock[p];
  const set: Record<string, unknown> = {};
  if (m.from) set[m.from] = sql`${col(m.from)} - ${m.take}`;
  if (m.to) set[m.to] = sql`${col(m.to)} + ${m.put}`;
  if (m.lost) set.lost = sql`${guestLinenStock.lost} + ${m.lost}`;
  return (
    (
      await db
        .update(guestLinenStock)
        .set(set)
        .where(
          and(eq(guestLinenStock.propertyId, propertyId), eq(guestLinenStock.item, item), m.from ? gte(col(m.from), m.take) : undefined),
        )
        .returning()
    )[0] ?? null
  );
}

export async function insertBatch(db: DbOrTx, row: typeof guestLaundryBatches.$inferInsert) {
  return (await db.insert(guestLaundryBatches).values(row).returning())[0]!;
}
export async function findBatch(db: DbOrTx, id: string) {
  return (await db.select().from(guestLaundryBatches).where(eq(guestLaundryBatches.id, id)).limit(1))[0] ?? null;
}
/** Records the return of a batch still out (null: it is back already). */
export async function returnBatch(db: DbOrTx, id: string, patch: Partial<typeof guestLaundryBatches.$inferInsert>) {
  return (
    (
      await db
        .update(guestLaundryBatches)
        .set(patch)
        .where(and(eq(guestLaundryBatches.id, id), isNull(guestLaundryBatches.returnedAt)))
        .returning()
    )[0] ?? null
  );
}
export async function batches(db: DbOrTx, propertyId: string, limit = 100) {
  return db
    .select()
    .from(guestLaundryBatches)
    .where(eq(guestLaundryBatches.propertyId, propertyId))
    .orderBy(desc(guestLaundryBatches.sentAt))
    .limit(limit);
}
