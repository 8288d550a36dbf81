/** All SQL of the price list, proxy purchases and fee statements with their payments (M7, M9). */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import {
  bookings,
  serviceNotices,
  meetingFeePayments,
  meetingFeeStatements,
  meetingPriceLists,
  meetingPurchases,
  venues,
} from '../../../db/schema/index.ts';

const one = <T>(rows: T[]) => rows[0] ?? null;

export type StatementRow = typeof meetingFeeStatements.$inferSelect;
export type PurchaseRow = typeof meetingPurchases.$inferSelect;
export const priceList = async (db: DbOrTx, propertyId: string) =>
  one(await db.select().from(meetingPriceLists).where(eq(meetingPriceLists.propertyId, propertyId)));
/** The venue an estimate prices, if it is the property's. */
export const venueToPrice = async (db: DbOrTx, propertyId: string, venueId: string) =>
  one(
    await db
      .select({ name: venues.name, venueClass: venues.venueClass, venueType: venues.venueType })
      .from(venues)
      .where(and(eq(venues.id, venueId), eq(venues.propertyId, propertyId))),
  );
export async function upsertPriceList(tx: DbOrTx, v: typeof meetingPriceLists.$inferInsert) {
  return one(
    await tx
      .insert(meetingPriceLists)
      .values(v)
      .onConflictDoUpdate({
        target: meetingPriceLists.propertyId,
        set: { prices: v.prices, updatedBy: v.updatedBy, updatedAt: v.updatedAt, version: sql`${meetingPriceLists.version} + 1` },
      })
      .returning(),
  )!;
}
export const purchasesOf = (db: DbOrTx, noticeId: string) =>
  db.select().from(meetingPurchases).where(eq(meetingPurchases.noticeId, noticeId)).orderBy(asc(meetingPurchases.requestedAt));
export const findPurchase = async (db: DbOrTx, id: string) =>
  one(await db.select().from(meetingPurchases).where(eq(meetingPurchases.id, id)));
export const insertPurchase = async (tx: DbOrTx, v: typeof meetingPurchases.$inferInsert) =>
  one(await tx.insert(meetingPurchases).values(v).returning())!;
export async function updatePurchase(
  tx: DbOrTx,
  id: string,
  from: PurchaseRow['status'],
  patch: Partial<typeof meetingPurchases.$inferInsert>,
) {
  return one(
    await tx
      .update(meetingPurchases)
      .set(patch)
      .where(and(eq(meetingPurchases.id, id), eq(meetingPurchases.status, from)))
      .returning(),
  );
}
export const statementOfNotice = async (db: DbOrTx, noticeId: string) =>
  one(await db.select().from(meetingFeeStatements).where(eq(meetingFeeStatements.noticeId, noticeId)));
export const findStatement = async (db: DbOrTx, id: string) =>
  one(await db.select().from(meetingFeeStatements).where(eq(meetingFeeStatements.id, id)));
export async function insertStatement(tx: DbOrTx, v: typeof meetingFeeStatements.$inferInsert) {
  return one(await tx.insert(meetingFeeStatements).values(v).onConflictDoNothing({ target: meetingFeeStatements.noticeId }).returning());
}
/** A guarded update: only from one of `from` statuses, and only at `version` when given. */
export async function updateStatement(
  tx: DbOrTx,
  id: string,
  from: StatementRow['status'][],
  patch: Partial<typeof meetingFeeStatements.$inferInsert>,
  version?: number,
) {
  return one(
    await tx
      .update(meetingFeeStatements)
      .set({ ...patch, version: sql`${meetingFeeStatements.version} + 1` })
      .where(
        and(
          eq(meetingFeeStatements.id, id),
          inArray(meetingFeeStatements.status, from),
          version === undefined ? undefined : eq(meetingFeeStatements.version, version),
        ),
      )
      .returning(),
  );
}
/** Adds a payment atomically: never above the total, whatever runs concurrently. */
export async function addPaid(tx: DbOrTx, id: string, amountFen: number, at: Date) {
  const t = meetingFeeStatements;
  return one(
    await tx
      .update(t)
      .set({
        paidFen: sql`${t.paidFen} + ${amountFen}`,
        updatedAt: at,
        version: sql`${t.version} + 1`,
        paymentStatus: sql`case when ${t.paidFen} + ${amountFen} >= ${t.totalFen} then 'paid' else 'partial' end`,
      })
      .where(and(eq(t.id, id), inArray(t.status, ['issued', 'confirmed']), sql`${t.paidFen} + ${amountFen} <= ${t.totalFen}`))
      .returning(),
  );
}
export const insertPayment = async (tx: DbOrTx, v: typeof meetingFeePayments.$inferInsert) =>
  one(await tx.insert(meetingFeePayments).values(v).returning())!;
export const paymentsOf = (db: DbOrTx, statementId: string) =>
  db.select().from(meetingFeePayments).where(eq(meetingFeePayments.statementId, statementId)).orderBy(asc(meetingFeePayments.paidAt));
export function listStatements(db: DbOrTx, q: { propertyId: string; organizationId?: string; unpaid?: boolean; limit: number }) {
  const t = meetingFeeStatements;
  return db
    .select({ s: t, startAt: serviceNotices.startAt, noticeNumber: serviceNotices.number, organizerUnit: bookings.organizerUnit })
    .from(t)
    .innerJoin(serviceNotices, eq(serviceNotices.id, t.noticeId))
    .innerJoin(bookings, eq(bookings.id, serviceNotices.bookingId))
    .where(
      and(
        eq(t.propertyId, q.propertyId),
        q.organizationId ? eq(bookings.organizationId, q.organizationId) : undefined,
        q.unpaid ? and(sql`${t.paymentStatus} <> 'paid'`, inArray(t.status, ['issued', 'confirmed'])) : undefined,
      ),
    )
    .orderBy(desc(serviceNotices.startAt))
    .limit(q.limit);
}
/** The reminder of round `round`: counts it once (guarded by the round), only while money is due. */
export async function claimReminder(tx: DbOrTx, id: string, round: number, now: Date) {
  const t = meetingFeeStatements;
  return one(
    await tx
      .update(t)
      .set({ reminders: round + 1, lastRemindedAt: now })
      .where(and(eq(t.id, id), eq(t.reminders, round), inArray(t.status, ['issued', 'confirmed']), sql`${t.paymentStatus} <> 'paid'`))
      .returning(),
  );
}
