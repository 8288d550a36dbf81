/** SQL of classification (S2): the emergency pin and its sign-off. */
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { cases } from '../../../db/schema/index.ts';

/**
 * Emergency sign-off, guarded in SQL: only an emergency not signed off yet. null = not an emergency
 * (any more) or somebody signed it off first — of two concurrent sign-offs one wins.
 */
export async function signOffEmergency(tx: DbOrTx, id: string, s: { at: Date; by: string; note: string }) {
  const [c] = await tx
    .update(cases)
    .set({
      emergencySignedOffAt: s.at,
      emergencySignedOffBy: s.by,
      emergencySignOffNote: s.note,
      version: sql`${cases.version} + 1`,
      updatedAt: s.at,
    })
    .where(and(eq(cases.id, id), eq(cases.emergency, true), isNull(cases.emergencySignedOffAt)))
    .returning();
  return c ?? null;
}

/** The property's emergencies not signed off yet, any status, newest first (partial index cases_pinned_emergencies_idx). */
export async function pinnedEmergencies(db: DbOrTx, propertyId: string, limit: number) {
  return (
    db
      .select()
      .from(cases)
      // the partial index's own predicate, literally: `emergency = $2` would not match it in a generic plan
      .where(and(eq(cases.propertyId, propertyId), sql`${cases.emergency} and ${cases.emergencySignedOffAt} is null`))
      .orderBy(desc(cases.createdAt), desc(cases.id))
      .limit(limit)
  );
}
