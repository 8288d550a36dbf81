/** All SQL of stranger reports; closing is a guarded update. */
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { guestStrangerReports } from '../../../db/schema/index.ts';

export type StrangerRow = typeof guestStrangerReports.$inferSelect;

export async function insert(db: DbOrTx, row: typeof guestStrangerReports.$inferInsert) {
  return (await db.insert(guestStrangerReports).values(row).returning())[0]!;
}
export async function find(db: DbOrTx, id: string) {
  return (await db.select().from(guestStrangerReports).where(eq(guestStrangerReports.id, id)).limit(1))[0] ?? null;
}
export async function list(db: DbOrTx, propertyId: string, limit = 100) {
  return db
    .select()
    .from(guestStrangerReports)
    .where(eq(guestStrangerReports.propertyId, propertyId))
    .orderBy(desc(guestStrangerReports.seenAt))
    .limit(limit);
}
export async function close(db: DbOrTx, id: string, patch: Partial<typeof guestStrangerReports.$inferInsert>) {
  return (
    (
      await db
        .update(guestStrangerReports)
        .set(patch)
        .where(and(eq(guestStrangerReports.id, id), isNull(guestStrangerReports.closedAt)))
        .returning()
    )[0] ?? null
  );
}
