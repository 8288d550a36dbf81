/** All SQL of dunning: the steps due (of unpaid notices), firing a step once, recording its outcome; the monthly review. */
import { and, asc, eq, isNull, lt, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { billingDunningSteps, billingNotices, billingReviews, organizations } from '../../../db/schema/index.ts';

/** Steps due by `day` (UTC-safe upper bound; the job checks each property's local day), not fired, of unpaid notices. */
export async function dueSteps(db: DbOrTx, day: string, limit = 200) {
  return db
    .select({ s: billingDunningSteps, n: billingNotices, organizationName: organizations.name })
    .from(billingDunningSteps)
    .innerJoin(billingNotices, eq(billingNotices.id, billingDunningSteps.noticeId))
    .innerJoin(organizations, eq(organizations.id, billingNotices.organizationId))
    .where(
      and(isNull(billingDunningSteps.firedAt), lte(billingDunningSteps.dueOn, day), lt(billingNotices.paidFen, billingNotices.amountFen)),
    )
    .orderBy(asc(billingDunningSteps.dueOn))
    .limit(limit);
}

/** Marks the step fired unless it is already: whether this call fired it. */
export async function markFired(db: DbOrTx, id: string, at: Date) {
  const r = await db
    .update(billingDunningSteps)
    .set({ firedAt: at })
    .where(and(eq(billingDunningSteps.id, id), isNull(billingDunningSteps.firedAt)))
    .returning({ id: billingDunningSteps.id });
  return r.length > 0;
}

export async function findStep(db: DbOrTx, id: string) {
  const [r] = await db.select().from(billingDunningSteps).where(eq(billingDunningSteps.id, id));
  return r ?? null;
}

export async function recordDone(db: DbOrTx, id: string, d: { at: Date; by: string; byName: string; outcome: string }) {
  const [r] = await db
    .update(billingDunningSteps)
    .set({ doneAt: d.at, doneBy: d.by, doneByName: d.byName, outcome: d.outcome })
    .where(and(eq(billingDunningSteps.id, id), isNull(billingDunningSteps.doneAt), sql`${billingDunningSteps.firedAt} is not null`))
    .returning();
  return r ?? null;
}

export async function findReview(db: DbOrTx, propertyId: string, month: string) {
  const [r] = await db
    .select()
    .from(billingReviews)
    .where(and(eq(billingReviews.propertyId, propertyId), eq(billingReviews.month, month)));
  return r ?? null;
}

/** The month's review, written or rewritten (the latest signer signs it). */
export async function upsertReview(db: DbOrTx, r: typeof billingReviews.$inferInsert) {
  const [row] = await db
    .insert(billingReviews)
    .values(r)
    .onConflictDoUpdate({
      target: [billingReviews.propertyId, billingReviews.month],
      set: {
        review: r.review,
        measures: r.measures,
        signedBy: r.signedBy,
        signedByName: r.signedByName,
        signedRole: r.signedRole,
        signedAt: r.signedAt,
      },
    })
    .returning();
  return row!;
}
