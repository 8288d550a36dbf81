/** SQL of case sources. */
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { cases } from '../../../db/schema/index.ts';

export async function caseOfSource(db: DbOrTx, kind: 'inspection_finding', id: string) {
  const [r] = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.sourceKind, kind), eq(cases.sourceId, id)));
  return r?.id ?? null;
}

export async function setSource(db: DbOrTx, caseId: string, s: { kind: 'inspection_finding'; id: string; label: string }) {
  await db.update(cases).set({ sourceKind: s.kind, sourceId: s.id, sourceLabel: s.label }).where(eq(cases.id, caseId));
}
