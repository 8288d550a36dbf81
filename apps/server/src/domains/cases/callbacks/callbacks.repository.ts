/** SQL of callbacks (S7): the callback register, staff calls and tenant ratings. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { callbacks } from '../../../db/schema/index.ts';

export type CallbackRow = typeof callbacks.$inferSelect;

export async function insertCallback(tx: DbOrTx, row: typeof callbacks.$inferInsert) {
  const [c] = await tx.insert(callbacks).values(row).returning();
  return c!;
}

export async function callbacksOf(db: DbOrTx, caseId: string) {
  return db.select().from(callbacks).where(eq(callbacks.caseId, caseId)).orderBy(asc(callbacks.at), asc(callbacks.createdAt));
}

export async function ratingsBy(db: DbOrTx, caseId: string, userId: string) {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(callbacks)
    .where(and(eq(callbacks.caseId, caseId), eq(callbacks.byId, userId), eq(callbacks.source, 'tenant')));
  return Number(r?.n ?? 0);
}
