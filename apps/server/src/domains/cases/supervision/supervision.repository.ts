/**
 * SQL of supervision (S9): report snapshots and sign-offs, the case lists of a period and its counts.
 * Report queries are single aggregates over indexed ranges (property_id, created_at | closed_at).
 */
import { and, asc, eq, gte, inArray, isNull, lt, or, sql, type Column, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { cases, caseEvents, caseReports, properties, type CaseReportKind } from '../../../db/schema/index.ts';
import type { Range } from '../../../lib/periods.ts';

export type ReportRow = typeof caseReports.$inferSelect;

const rows = async <T>(db: DbOrTx, q: SQL) => (await db.execute<Record<string, unknown>>(q)).rows as T[];
const inRange = (col: Column, r: Range) => and(gte(col, r.from), lt(col, r.to));
const count = (cond: SQL) => sql`count(*) filter (where ${cond})::int`;
const ident = (s: string) => sql.raw(`"${s.replace(/"/g, '')}"`);

export async function findReport(db: DbOrTx, kind: CaseReportKind, propertyId: string, period: string) {
  const [r] = await db
    .select()
    .from(caseReports)
    .where(and(eq(caseReports.kind, kind), eq(caseReports.propertyId, propertyId), eq(caseReports.period, period)));
  return r ?? null;
}

/** Stores the generated data; a signed snapshot stays as it was signed. */
export async function saveSnapshot(
  tx: DbOrTx,
  kind: CaseReportKind,
  propertyId: string,
  period: string,
  data: Record<string, unknown>,
  now: Date,
) {
  await tx
    .insert(caseReports)
    .values({ kind, propertyId, period, data, generatedAt: now })
    .onConflictDoUpdate({
      target: [caseReports.kind, caseReports.propertyId, caseReports.period],
      set: { data, generatedAt: now },
      where: isNull(caseReports.signedAt),
    });
  return (await findReport(tx, kind, propertyId, period))!;
}

/** true the first time only: the scheduled reminder is sent once. */
export async function markNotified(tx: DbOrTx, id: string, now: Date) {
  return (
    (
      await tx
        .update(caseReports)
        .set({ notifiedAt: now })
        .where(and(eq(caseReports.id, id), isNull(caseReports.notifiedAt)))
        .returning({ id: caseReports.id })
    ).length > 0
  );
}

/** Signs once: null when somebody signed first. */
export async function signReport(tx: DbOrTx, id: string, p: { userId: string; now: Date; note: string | null; late: boolean }) {
  const [r] = await tx
    .update(caseReports)
    .set({
      signedBy: p.userId,
      signedAt: p.now,
      late: p.late,
      ...(p.note !== null ? { note: p.note, noteBy: p.userId, noteAt: p.now } : {}),
    })
    .where(and(eq(caseReports.id, id), isNull(caseReports.signedAt)))
    .returning();
  return r ?? null;
}

export async function saveNote(
  tx: DbOrTx,
  kind: CaseReportKind,
  propertyId: string,
  period: string,
  note: string,
  userId: string,
  now: Date,
) {
  const [r] = await tx
    .insert(caseReports)
    .values({ kind, propertyId, period, note, noteBy: userId, noteAt: now })
    .onConflictDoUpdate({
      target: [caseReports.kind, caseReports.propertyId, caseReports.period],
      set: { note, noteBy: userId, noteAt: now },
    })
    .returning();
  return r!;
}

export async function propertyIds(db: DbOrTx) {
  return (await db.select({ id: properties.id }).from(properties).orderBy(asc(properties.id))).map((r) => r.id);
}

const brief = {
  id: cases.id,
  number: cases.number,
  kind: cases.kind,
  severity: cases.severity,
  status: cases.status,
  channel: cases.channel,
  contactName: cases.contactName,
  location: cases.location,
  content: cases.content,
  createdAt: cases.createdAt,
  respondDueAt: cases.respondDueAt,
  resolveDueAt: cases.resolveDueAt,
  closedAt: cases.closedAt,
  closeResult: cases.closeResult,
  escalationLevel: cases.escalationLevel,
};
export type CaseBrief = { [K in keyof typeof brief]: (typeof cases.$inferSelect)[K extends 'id' ? 'id' : K] };

export const createdIn = (db: DbOrTx, pid: string, r: Range, limit: number) =>
  db
    .select(brief)
    .from(cases)
    .where(and(eq(cases.propertyId, pid), inRange(cases.createdAt, r)))
    .orderBy(asc(cases.createdAt))
    .limit(limit);

export const closedIn = (db: DbOrTx, pid: string, r: Range, limit: number) =>
  db
    .select(brief)
    .from(cases)
    .where(and(eq(cases.propertyId, pid), inRange(cases.closedAt, r)))
    .orderBy(asc(cases.closedAt))
    .limit(limit);

/** Unfinished at `at` and past a deadline (respond or resolve). */
export const overdueAt = (db: DbOrTx, pid: string, at: Date, limit: number) =>
  db
    .select(brief)
    .from(cases)
    .where(
      and(
        eq(cases.propertyId, pid),
        inArray(cases.status, ['open', 'dispatched', 'in_progress', 'reopened']),
        lt(cases.createdAt, at),
        or(lt(cases.resolveDueAt, at), and(isNull(cases.respondedAt), lt(cases.respondDueAt, at))),
      ),
    )
    .orderBy(asc(cases.resolveDueAt))
    .limit(limit);

export const escalatedIn = (db: DbOrTx, pid: string, r: Range, limit: number) =>
  db
    .selectDistinctOn([cases.id], brief)
    .from(caseEvents)
    .innerJoin(cases, eq(cases.id, caseEvents.caseId))
    .where(and(eq(caseEvents.propertyId, pid), eq(caseEvents.kind, 'escalated'), gte(caseEvents.at, r.from), lt(caseEvents.at, r.to)))
    .orderBy(asc(cases.id))
    .limit(limit);

/**
 * S9 weekly: what cannot proceed — paused, past due, or closed as unresolvable in the week. Read through the partial
 * indexes cases_unfinished_created_idx and cases_unresolvable_closed_idx (0055), ORed in one bitmap; without them
 * this walked every case created before the period's end.
 */
export const cannotProceed = (db: DbOrTx, pid: string, r: Range, limit: number) =>
  db
    .select(brief)
    .from(cases)
    .where(
      and(
        eq(cases.propertyId, pid),
        lt(cases.createdAt, r.to),
        or(
          and(inArray(cases.status, ['open', 'dispatched', 'in_progress', 'reopened']), lt(cases.resolveDueAt, r.to)),
          eq(cases.status, 'waiting_customer'),
          and(eq(cases.closeResult, 'unresolvable'), inRange(cases.closedAt, r)),
        ),
      ),
    )
    .orderBy(asc(cases.createdAt))
    .limit(limit);

/** Counts of cases created in the range by kind × status, plus closures and escalations of the range. */
export type PeriodCounts = Record<
  | 'total'
  | 'repairs'
  | 'complaints'
  | 'validComplaints'
  | 'closed'
  | 'open'
  | 'overdue'
  | 'unresolvable'
  | 'escalated'
  | 'major'
  | 'emergencies',
  number
>;
export async function periodCounts(db: DbOrTx, pid: string, r: Range, now: Date) {
  const [c] = await rows<PeriodCounts>(
    db,
    sql`
    select count(*)::int as "total",
      ${count(sql`kind = 'repair'`)} as "repairs", ${count(sql`kind = 'complaint'`)} as "complaints",
      ${count(sql`kind = 'complaint' and nature = 'valid'`)} as "validComplaints",
      ${count(sql`status = 'closed'`)} as "closed", ${count(sql`status not in ('closed','resolved')`)} as "open",
      ${count(sql`status not in ('closed','resolved','waiting_customer') and resolve_due_at < ${now}`)} as "overdue",
      ${count(sql`close_result = 'unresolvable'`)} as "unresolvable", ${count(sql`escalation_level > 0`)} as "escalated",
      ${count(sql`severity = 'major'`)} as "major", ${count(sql`emergency`)} as "emergencies"
    from cases where property_id = ${pid} and created_at >= ${r.from} and created_at < ${r.to}`,
  );
  return c!;
}

/** 《客户投诉月统计表》: the month's complaints counted by each dimension in one pass. */
export async function complaintStats(db: DbOrTx, pid: string, r: Range, now: Date, dims: Record<string, readonly string[]>) {
  const cols = Object.entries(dims).flatMap(([col, values]) =>
    values.map((v) => sql`${count(sql`${ident(col)} = ${v}`)} as ${ident(`${col}:${v}`)}`),
  );
  const done = sql`coalesce(c.resolved_at, c.closed_at)`;
  const [row] = await rows<Record<string, number | null>>(
    db,
    sql`
    with m as (select * from cases where property_id = ${pid} and kind = 'complaint' and created_at >= ${r.from} and created_at < ${r.to})
    select count(*)::int as "total", ${sql.join(cols, sql`, `)},
      ${count(sql`nature is null`)} as "nature:unclassified",
      ${count(sql`coalesce(resolved_at, closed_at) <= resolve_due_at`)} as "onTime",
      ${count(sql`coalesce(resolved_at, closed_at) > resolve_due_at or (coalesce(resolved_at, closed_at) is null and resolve_due_at < ${now} and status <> 'waiting_customer')`)} as "late",
      ${count(sql`status not in ('closed','resolved')`)} as "open",
      (select count(*)::int from callbacks b join m c on c.id = b.case_id) as "callbacks",
      (select count(*)::int from callbacks b join m c on c.id = b.case_id where b.satisfied_result) as "satisfied",
      (select round(avg((b.courtesy_rating + b.attitude_rating) / 2.0), 2)::float from callbacks b join m c on c.id = b.case_id) as "avgRating",
      (select count(*)::int from m c where ${done} is not null) as "finished"
    from m`,
  );
  return row!;
}
