/** All SQL of payments and receipts: insert (receipt number unique per property), void, the notice's paid amount. */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { billingNotices, billingPayments } from '../../../db/schema/index.ts';

export type PaymentRow = typeof billingPayments.$inferSelect;

export async function insertPayment(db: DbOrTx, p: typeof billingPayments.$inferInsert) {
  const [r] = await db.insert(billingPayments).values(p).returning();
  return r!;
}

export async function findPayment(db: DbOrTx, id: string) {
  const [r] = await db.select().from(billingPayments).where(eq(billingPayments.id, id));
  return r ?? null;
}

/** Adds (or with a negative amount takes back) a payment on the notice; paid_at set when paid in full. */
export async function addPaid(db: DbOrTx, noticeId: string, deltaFen: number, at: Date) {
  const [r] = await db
    .update(billingNotices)
    .set({
      paidFen: sql`${billingNotices.paidFen} + ${deltaFen}`,
      paidAt: sql`case when ${billingNotices.paidFen} + ${deltaFen} >= ${billingNotices.amountFen} then ${at.toISOString()}::timestamptz else null end`,
    })
    .where(eq(billingNotices.id, noticeId))
    .returning();
  return r!;
}

export async function markVoid(
  db: DbOrTx,
  id: string,
  v: { at: Date; by: string; byName: string; reason: string; signatureFileId: string },
) {
  const [r] = await db
    .update(billingPayments)
    .set({ voidedAt: v.at, voidedBy: v.by, voidedByName: v.byName, voidReason: v.reason, voidSignatureFileId: v.signatureFileId })
    .where(and(eq(billingPayments.id, id), isNull(billingPayments.voidedAt)))
    .returning();
  return r ?? null;
}
