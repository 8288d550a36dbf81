/** All SQL of the received and arrears reports: snapshots of a month (once per kind). */
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { billingReportSnapshots } from '../../../db/schema/index.ts';

export async function snapshotOf(db: DbOrTx, propertyId: string, month: string, kind: 'received' | 'arrears') {
  const [r] = await db
    .select()
    .from(billingReportSnapshots)
    .where(
      and(
        eq(billingReportSnapshots.propertyId, propertyId),
        eq(billingReportSnapshots.month, month),
        eq(billingReportSnapshots.kind, kind),
      ),
    );
  return r ?? null;
}

/** Stores the snapshot unless one exists; whether this call stored it. */
export async function insertSnapshot(db: DbOrTx, s: typeof billingReportSnapshots.$inferInsert) {
  const r = await db.insert(billingReportSnapshots).values(s).onConflictDoNothing().returning({ id: billingReportSnapshots.id });
  return r.length > 0;
}
