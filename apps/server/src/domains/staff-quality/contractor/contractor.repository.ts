/** All SQL of the contractor's evaluation: one function per query. */
import { and, asc, desc, eq, gte, lt } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { contractorEvaluations } from '../../../db/schema/index.ts';

export type EvaluationRow = typeof contractorEvaluations.$inferSelect;
type Insert = typeof contractorEvaluations.$inferInsert;

export async function findById(db: DbOrTx, id: string): Promise<EvaluationRow | null> {
  return (await db.select().from(contractorEvaluations).where(eq(contractorEvaluations.id, id)).limit(1))[0] ?? null;
}
export async function findByMonth(db: DbOrTx, propertyId: string, month: string): Promise<EvaluationRow | null> {
  return (
    (
      await db
        .select()
        .from(contractorEvaluations)
        .where(and(eq(contractorEvaluations.propertyId, propertyId), eq(contractorEvaluations.month, month)))
        .limit(1)
    )[0] ?? null
  );
}
/** The latest evaluation before a month (its terms carry over). */
export async function latestBefore(db: DbOrTx, propertyId: string, month: string): Promise<EvaluationRow | null> {
  return (
    (
      await db
        .select()
        .from(contractorEvaluations)
        .where(and(eq(contractorEvaluations.propertyId, propertyId), lt(contractorEvaluations.month, month)))
        .orderBy(desc(contractorEvaluations.month))
        .limit(1)
    )[0] ?? null
  );
}
export async function ofYear(db: DbOrTx, propertyId: string, year: number) {
  return db
    .select()
    .from(contractorEvaluations)
    .where(
      and(
        eq(contractorEvaluations.propertyId, propertyId),
        gte(contractorEvaluations.month, `${year}-01`),
        lt(contractorEvaluations.month, `${year + 1}-01`),
      ),
    )
    .orderBy(asc(contractorEvaluations.month));
}
/** Inserts the month's draft or refreshes it — never a confirmed one (null then). */
export async function upsertDraft(db: DbOrTx, row: Insert): Promise<EvaluationRow | null> {
  const { propertyId: _p, month: _m, ...set } = row;
  void _p;
  void _m;
  const r = await db
    .insert(contractorEvaluations)
    .values(row)
    .onConflictDoUpdate({
      target: [contractorEvaluations.propertyId, contractorEvaluations.month],
      set,
      setWhere: eq(contractorEvaluations.state, 'draft'),
    })
    .returning();
  return r[0] ?? null;
}
/** Confirms a draft (guarded: null when it is confirmed already). */
export async function confirm(db: DbOrTx, id: string, set: Partial<Insert>): Promise<EvaluationRow | null> {
  const r = await db
    .update(contractorEvaluations)
    .set({ ...set, state: 'confirmed' })
    .where(and(eq(contractorEvaluations.id, id), eq(contractorEvaluations.state, 'draft')))
    .returning();
  return r[0] ?? null;
}
