/** All SQL of evaluations, spot checks and their criteria: one function per query. */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { EvaluationKind } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import { evaluationCriteria, staffEvaluationPoints, staffEvaluations } from '../../../db/schema/index.ts';

export type CriterionRow = typeof evaluationCriteria.$inferSelect;
export type EvaluationRow = typeof staffEvaluations.$inferSelect;
export type PointRow = typeof staffEvaluationPoints.$inferSelect;

export async function criteriaOf(db: DbOrTx, propertyId: string) {
  return db
    .select()
    .from(evaluationCriteria)
    .where(eq(evaluationCriteria.propertyId, propertyId))
    .orderBy(asc(evaluationCriteria.position), asc(evaluationCriteria.id));
}
export async function findCriterion(db: DbOrTx, id: string): Promise<CriterionRow | null> {
  return (await db.select().from(evaluationCriteria).where(eq(evaluationCriteria.id, id)).limit(1))[0] ?? null;
}
export async function insertCriterion(db: DbOrTx, row: Omit<typeof evaluationCriteria.$inferInsert, 'position'>) {
  const position = sql<number>`(select coalesce(max(position), 0) + 1 from evaluation_criteria where property_id = ${row.propertyId})`;
  return (
    await db
      .insert(evaluationCriteria)
      .values({ ...row, position })
      .returning()
  )[0]!;
}
export async function updateCriterion(db: DbOrTx, id: string, set: Partial<typeof evaluationCriteria.$inferInsert>) {
  return (await db.update(evaluationCriteria).set(set).where(eq(evaluationCriteria.id, id)).returning())[0] ?? null;
}

export async function insertEvaluation(db: DbOrTx, row: typeof staffEvaluations.$inferInsert) {
  return (await db.insert(staffEvaluations).values(row).returning())[0]!;
}
export async function insertPoints(db: DbOrTx, rows: (typeof staffEvaluationPoints.$inferInsert)[]) {
  if (rows.length) await db.insert(staffEvaluationPoints).values(rows);
}
export async function findEvaluation(db: DbOrTx, id: string): Promise<EvaluationRow | null> {
  return (await db.select().from(staffEvaluations).where(eq(staffEvaluations.id, id)).limit(1))[0] ?? null;
}
export async function pointsOf(db: DbOrTx, ids: string[]): Promise<Map<string, PointRow[]>> {
  const out = new Map<string, PointRow[]>(ids.map((id) => [id, []]));
  if (!ids.length) return out;
  const rows = await db
    .select()
    .from(staffEvaluationPoints)
    .where(inArray(staffEvaluationPoints.evaluationId, ids))
    .orderBy(asc(staffEvaluationPoints.evaluationId), asc(staffEvaluationPoints.position));
  for (const r of rows) out.get(r.evaluationId)!.push(r);
  return out;
}
export async function listEvaluations(
  db: DbOrTx,
  f: { propertyId: string; kind?: EvaluationKind; staffId?: string; month?: string; after?: unknown[] | null; limit: number },
) {
  const conds = [eq(staffEvaluations.propertyId, f.propertyId)];
  if (f.kind) conds.push(eq(staffEvaluations.kind, f.kind));
  if (f.staffId) conds.push(eq(staffEvaluations.staffId, f.staffId));
  if (f.month) conds.push(eq(staffEvaluations.month, f.month));
  if (f.after)
    conds.push(sql`(${staffEvaluations.evaluatedAt}, ${staffEvaluations.id}) < (${f.after[0]}::timestamptz, ${f.after[1]}::uuid)`);
  return db
    .select()
    .from(staffEvaluations)
    .where(and(...conds))
    .orderBy(desc(staffEvaluations.evaluatedAt), desc(staffEvaluations.id))
    .limit(f.limit);
}
