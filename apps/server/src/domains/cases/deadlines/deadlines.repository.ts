/** SQL of deadlines (S4): the cases the SLA scanner looks at, raised alerts, escalation levels. */
import { and, asc, eq, inArray, lt, notInArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { cases, caseAlerts, userRoles } from '../../../db/schema/index.ts';
import { PERMISSIONS } from '@hy/contracts';

/** Raises the escalation level; null when it is already that high (escalated before). */
export async function raiseEscalation(tx: DbOrTx, id: string, level: number, now: Date) {
  const [c] = await tx
    .update(cases)
    .set({ escalationLevel: level, version: sql`${cases.version} + 1`, updatedAt: now })
    .where(and(eq(cases.id, id), lt(cases.escalationLevel, level)))
    .returning();
  return c ?? null;
}

/** Cases the SLA scanner looks at: not finished and not paused. */
export async function activeCases(db: DbOrTx, limit: number, afterId?: string) {
  return db
    .select()
    .from(cases)
    .where(and(notInArray(cases.status, ['resolved', 'closed', 'waiting_customer']), afterId ? sql`${cases.id} > ${afterId}` : undefined))
    .orderBy(asc(cases.id))
    .limit(limit);
}

/** The alert keys already raised for a batch of cases, as `${caseId}:${key}`. */
export async function raisedAlerts(db: DbOrTx, caseIds: string[]): Promise<Set<string>> {
  if (!caseIds.length) return new Set();
  const rows = await db
    .select({ caseId: caseAlerts.caseId, key: caseAlerts.key })
    .from(caseAlerts)
    .where(inArray(caseAlerts.caseId, caseIds));
  return new Set(rows.map((r) => `${r.caseId}:${r.key}`));
}

/** true when the alert is new (the scanner raises each alert once). */
export async function markAlert(tx: DbOrTx, caseId: string, key: string, at: Date) {
  const r = await tx.insert(caseAlerts).values({ caseId, key, at }).onConflictDoNothing().returning({ key: caseAlerts.key });
  return r.length > 0;
}

/** Of these users, those who may handle cases in the property (SLA alerts go to people who can act on them). */
export async function handlersAmong(db: DbOrTx, propertyId: string, userIds: string[]): Promise<Set<string>> {
  if (!userIds.length) return new Set();
  const rows = await db
    .selectDistinct({ id: userRoles.userId })
    .from(userRoles)
    .where(
      and(
        eq(userRoles.propertyId, propertyId),
        inArray(userRoles.userId, userIds),
        inArray(userRoles.role, [...PERMISSIONS['cases.handle']]),
      ),
    );
  return new Set(rows.map((r) => r.id));
}
