/** All SQL of the collection rate: a month's figures as of a day's end, the daily snapshot (one per property, month, day). */
import { and, asc, desc, eq, gte, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { billingCollectionSnapshots, billingNotices, billingPayments } from '../../../db/schema/index.ts';

export type SnapshotRow = typeof billingCollectionSnapshots.$inferSelect;

/** Receivable, received, households charged and paid of a month's notices as of `end` (voids after `end` still count). */
export async function figuresAsOf(db: DbOrTx, propertyId: string, month: string, end: Date) {
  const paid = db
    .select({ noticeId: billingPayments.noticeId, paid: sql<number>`sum(${billingPayments.amountFen})`.as('paid') })
    .from(billingPayments)
    .where(
      and(
        eq(billingPayments.propertyId, propertyId),
        lt(billingPayments.receivedAt, end),
        or(isNull(billingPayments.voidedAt), gte(billingPayments.voidedAt, end)),
      ),
    )
    .groupBy(billingPayments.noticeId)
    .as('p');
  const [r] = await db
    .select({
      receivableFen: sql<number>`coalesce(sum(${billingNotices.amountFen}), 0)::bigint`.mapWith(Number),
      receivedFen: sql<number>`coalesce(sum(${paid.paid}), 0)::bigint`.mapWith(Number),
      householdsCharged: sql<number>`count(*)::int`.mapWith(Number),
      householdsPaid: sql<number>`count(*) filter (where coalesce(${paid.paid}, 0) >= ${billingNotices.amountFen})::int`.mapWith(Number),
    })
    .from(billingNotices)
    .leftJoin(paid, eq(paid.noticeId, billingNotices.id))
    .where(and(eq(billingNotices.propertyId, propertyId), eq(billingNotices.month, month)));
  return r!;
}

/** Writes the day's snapshot (a rerun the same day replaces it: one row per property, month and day). */
export async function upsertSnapshot(db: DbOrTx, s: SnapshotRow) {
  await db
    .insert(billingCollectionSnapshots)
    .values(s)
    .onConflictDoUpdate({
      target: [billingCollectionSnapshots.propertyId, billingCollectionSnapshots.month, billingCollectionSnapshots.day],
      set: {
        receivableFen: s.receivableFen,
        receivedFen: s.receivedFen,
        householdsCharged: s.householdsCharged,
        householdsPaid: s.householdsPaid,
        computedAt: s.computedAt,
      },
    });
}

/** The months whose notices were due for delivery by `today` and issued since `since` (bounded), per property. */
export async function activeMonths(db: DbOrTx, today: string, since: string) {
  return db
    .selectDistinct({ propertyId: billingNotices.propertyId, month: billingNotices.month, deliverBy: billingNotices.deliverBy })
    .from(billingNotices)
    .where(and(lte(billingNotices.deliverBy, today), gte(billingNotices.month, since)))
    .orderBy(asc(billingNotices.month))
    .limit(500);
}

export async function snapshotsOf(db: DbOrTx, propertyId: string, month: string) {
  return db
    .select()
    .from(billingCollectionSnapshots)
    .where(and(eq(billingCollectionSnapshots.propertyId, propertyId), eq(billingCollectionSnapshots.month, month)))
    .orderBy(asc(billingCollectionSnapshots.day));
}

export async function monthsOf(db: DbOrTx, propertyId: string) {
  const rows = await db
    .selectDistinct({ month: billingNotices.month })
    .from(billingNotices)
    .where(eq(billingNotices.propertyId, propertyId))
    .orderBy(desc(billingNotices.month));
  return rows.map((r) => r.month);
}

/** The latest snapshot of each month. */
export async function latestPerMonth(db: DbOrTx, propertyId: string) {
  return db
    .selectDistinctOn([billingCollectionSnapshots.month])
    .from(billingCollectionSnapshots)
    .where(eq(billingCollectionSnapshots.propertyId, propertyId))
    .orderBy(asc(billingCollectionSnapshots.month), desc(billingCollectionSnapshots.day));
}
