/** SQL of closing (S8). */
import { and, eq, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { cases } from '../../../db/schema/index.ts';

export async function openChildren(db: DbOrTx, caseId: string) {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(cases)
    .where(and(eq(cases.parentCaseId, caseId), ne(cases.status, 'closed')));
  return r!.n;
}
