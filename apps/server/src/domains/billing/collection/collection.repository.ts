/** All SQL of the collection rate: a month's figures as of a day's end, the daily snapshot (one per property, month, day). */
import { and, asc, desc, eq, gte, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
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
        // only the month's notices' payments (not every payment the property ever took)
        inArray(
          billingPayments.noticeId,
          db
            .select({ id: billingNotices.id })
            .from(billingNotices)
            .where(and(eq(billingNotices.propertyId, propertyId), eq(billingNotices.month, month))),
        ),
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

/** The finance cockpit's counts: months waiting for the finance manager's signature, notices past due and unpaid, notices past their delivery day and not delivered. */
export async function financeCounts(db: DbOrTx, propertyId: string, today: string, organizationId: string | null = null) {
  const org = organizationId ? sql`and n.organization_id = ${organizationId}` : sql``;
  const r = await db.execute(sql`
    select
      (select count(*)::int from billing_months m
        where m.property_id = ${propertyId} and m.state <> 'signed'
          and (select count(*) from billing_month_signatures s
                where s.month_id = m.id and s.voided_at is null and s.step in ('cs_manager', 'general_manager')) = 2
          and not exists (select 1 from billing_month_signatures s
                where s.month_id = m.id and s.voided_at is null and s.step = 'finance_manager')) as "toSign",
      (select count(*)::int from billing_notices n
        where n.property_id = ${propertyId} and n.paid_at is null and n.due_on < ${today} ${org}) as "overdue",
      (select coalesce(sum(n.amount_fen - n.paid_fen), 0)::bigint from billing_notices n
        where n.property_id = ${propertyId} and n.paid_at is null and n.due_on < ${today} ${org}) as "overdueFen",
      (select count(*)::int from billing_notices n
        where n.property_id = ${propertyId} and n.paid_at is null ${org}) as "open",
      (select coalesce(sum(n.amount_fen - n.paid_fen), 0)::bigint from billing_notices n
        where n.property_id = ${propertyId} and n.paid_at is null ${org}) as "openFen",
      (select count(*)::int from billing_notices n
        where n.property_id = ${propertyId} and n.delivered_at is null and n.deliver_by < ${today} ${org}) as "undelivered"`);
  const row = (r as unknown as { rows: Record<string, unknown>[] }).rows[0]!;
  return {
    toSign: Number(row.toSign),
    overdue: Number(row.overdue),
    overdueFen: Number(row.overdueFen),
    open: Number(row.open),
    openFen: Number(row.openFen),
    undelivered: Number(row.undelivered),
  };
}
