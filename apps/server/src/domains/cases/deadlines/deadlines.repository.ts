/** SQL of deadlines (S4): the cases the SLA scanner looks at, raised alerts, escalation levels. */
import { and, asc, eq, inArray, lt, notInArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { cases, caseAlerts, caseEvents, userRoles } from '../../../db/schema/index.ts';
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
  // Only what the alert rules read: the scanner reads every unfinished case once a minute.
  return db
    .select({
      id: cases.id,
      propertyId: cases.propertyId,
      status: cases.status,
      severity: cases.severity,
      receivedAt: cases.receivedAt,
      respondDueAt: cases.respondDueAt,
      resolveDueAt: cases.resolveDueAt,
      respondedAt: cases.respondedAt,
      dispatchedAt: cases.dispatchedAt,
      pausedAt: cases.pausedAt,
    })
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

/** A case's due alert, as the scanner's batch writes it. */
export interface AlertMark {
  caseId: string;
  key: string;
}

/** A newly raised alert with what the messages need of its case, read in the same statement. */
export interface MarkedAlert {
  caseId: string;
  key: string;
  propertyId: string;
  number: string;
  content: string;
  createdBy: string | null;
  assigneeId: string | null;
}

/**
 * Records the alerts of a batch at once (case_alerts' primary key: each alert once, whoever raises it),
 * only for cases still active and not paused; returns the ones that are new, with their case.
 */
export async function markAlerts(tx: DbOrTx, marks: AlertMark[], at: Date): Promise<MarkedAlert[]> {
  if (!marks.length) return [];
  const res = await tx.execute<Record<string, unknown>>(sql`
    with v as (select * from jsonb_to_recordset(${JSON.stringify(marks)}::jsonb) as v("caseId" uuid, "key" text)),
    ins as (
      insert into case_alerts (case_id, key, at)
      select v."caseId", v."key", ${at} from v join cases c on c.id = v."caseId"
      where c.status not in ('resolved', 'closed') and c.paused_at is null
      on conflict do nothing
      returning case_id, key)
    select ins.case_id as "caseId", ins.key as "key", c.property_id as "propertyId", c.number as "number", c.content as "content",
      c.created_by as "createdBy", c.assignee_id as "assigneeId"
    from ins join cases c on c.id = ins.case_id`);
  return res.rows as unknown as MarkedAlert[];
}

/** raiseEscalation() of many cases in one statement: the ids of those raised (the others were that high already). */
export async function raiseEscalations(tx: DbOrTx, levels: { caseId: string; level: number }[], now: Date): Promise<Set<string>> {
  if (!levels.length) return new Set();
  const res = await tx.execute<{ id: string }>(sql`
    update cases c set escalation_level = v.level, version = c.version + 1, updated_at = ${now}
    from jsonb_to_recordset(${JSON.stringify(levels)}::jsonb) as v("caseId" uuid, level int)
    where c.id = v."caseId" and c.escalation_level < v.level
    returning c.id as id`);
  return new Set((res.rows as { id: string }[]).map((r) => r.id));
}

/** Inserts case events with one statement per 2,000 (one JSON parameter each), in the order given (their ids). */
export async function insertEvents(tx: DbOrTx, rows: (typeof caseEvents.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += 2000)
    await tx.execute(sql`
      insert into case_events (property_id, case_id, kind, actor_id, actor_name, note, data, at)
      select (j->>'propertyId')::uuid, (j->>'caseId')::uuid, j->>'kind', (j->>'actorId')::uuid, j->>'actorName', j->>'note',
        nullif(j->'data', 'null'::jsonb), coalesce((j->>'at')::timestamptz, now())
      from jsonb_array_elements(${JSON.stringify(rows.slice(i, i + 2000))}::jsonb) with ordinality e(j, n) order by n`);
}

/** handlersAmong() for many properties at once: `${propertyId}:${userId}` of those who may handle cases there. */
export async function handlersIn(db: DbOrTx, propertyIds: string[], userIds: string[]): Promise<Set<string>> {
  if (!userIds.length || !propertyIds.length) return new Set();
  const rows = await db
    .selectDistinct({ propertyId: userRoles.propertyId, id: userRoles.userId })
    .from(userRoles)
    .where(
      and(
        inArray(userRoles.propertyId, propertyIds),
        inArray(userRoles.userId, userIds),
        inArray(userRoles.role, [...PERMISSIONS['cases.handle']]),
      ),
    );
  return new Set(rows.map((r) => `${r.propertyId}:${r.id}`));
}
