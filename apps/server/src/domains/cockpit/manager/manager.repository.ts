/** SQL of the managers' cockpit: the supervision reviews generated for a property and not signed yet. */
import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { caseReports } from '../../../db/schema/index.ts';

export async function unsignedReviews(db: DbOrTx, propertyId: string, kinds: (typeof caseReports.$inferSelect)['kind'][]) {
  if (!kinds.length) return [];
  return db
    .select({ kind: caseReports.kind, n: sql<number>`count(*)::int` })
    .from(caseReports)
    .where(
      and(
        eq(caseReports.propertyId, propertyId),
        inArray(caseReports.kind, kinds),
        isNotNull(caseReports.generatedAt),
        isNull(caseReports.signedAt),
      ),
    )
    .groupBy(caseReports.kind);
}
