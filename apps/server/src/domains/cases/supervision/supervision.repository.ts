/**
 * SQL of paid repairs, supervision and measures, the knowledge base, archive and search (S6, S9–S12).
 * Report queries are single aggregates over indexed ranges (property_id, created_at | closed_at | issued_at).
 */
import { and, asc, desc, eq, gte, ilike, inArray, isNull, lt, or, sql, type Column, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import {
  cases, caseEvents, workOrders, callbacks, consultations, units, organizations, properties,
  repairCharges, caseReports, kbEntries, caseKbLinks, consultationKbLinks, type CaseReportKind,
} from '../../../db/schema/index.ts';
import type { Range } from './supervision.rules.ts';

export type ChargeRow = typeof repairCharges.$inferSelect;
export type ReportRow = typeof caseReports.$inferSelect;
export type KbRow = typeof kbEntries.$inferSelect;

const like = (q: string) => `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
const rows = async <T>(db: DbOrTx, q: SQL) => (await db.execute<Record<string, unknown>>(q)).rows as T[];
const inRange = (col: Column, r: Range) => and(gte(col, r.from), lt(col, r.to));

// ---------- S6 paid repairs ----------

export async function findCharge(db: DbOrTx, workOrderId: string) {
  const [r] = await db.select().from(repairCharges).where(eq(repairCharges.workOrderId, workOrderId));
  return r ?? null;
}

export async function insertCharge(tx: DbOrTx, row: typeof repairCharges.$inferInsert) {
  const [r] = await tx.insert(repairCharges).values(row).onConflictDoNothing().returning();
  return r ?? null;
}

/** Guarded by the states it may come from: of two concurrent steps one wins. */
export async function updateCharge(tx: DbOrTx, workOrderId: string, from: ChargeRow['status'][], patch: Partial<typeof repairCharges.$inferInsert>, now: Date) {
  const [r] = await tx.update(repairCharges).set({ ...patch, version: sql`${repairCharges.version} + 1`, updatedAt: now })
    .where(and(eq(repairCharges.workOrderId, workOrderId), inArray(repairCharges.status, from))).returning();
  return r ?? null;
}

/** The month's payment notices for billing with the property fee (T4). */
export async function chargesNoticedIn(db: DbOrTx, propertyId: string, r: Range) {
  return db.select({
    charge: repairCharges, workOrderNumber: workOrders.number, caseNumber: cases.number, content: workOrders.content,
    customerName: workOrders.customerName, unitCode: units.code, organizationName: organizations.name, location: cases.location,
  }).from(repairCharges)
    .innerJoin(workOrders, eq(workOrders.id, repairCharges.workOrderId))
    .innerJoin(cases, eq(cases.id, repairCharges.caseId))
    .leftJoin(units, eq(units.id, cases.unitId))
    .leftJoin(organizations, eq(organizations.id, cases.organizationId))
    .where(and(eq(repairCharges.propertyId, propertyId), gte(repairCharges.noticeIssuedAt, r.from), lt(repairCharges.noticeIssuedAt, r.to)))
    .orderBy(asc(repairCharges.noticeNumber));
}

// ---------- S9 snapshots and sign-offs ----------

export async function findReport(db: DbOrTx, kind: CaseReportKind, propertyId: string, period: string) {
  const [r] = await db.select().from(caseReports).where(and(eq(caseReports.kind, kind), eq(caseReports.propertyId, propertyId), eq(caseReports.period, period)));
  return r ?? null;
}

/** Stores the generated data; a signed snapshot stays as it was signed. */
export async function saveSnapshot(tx: DbOrTx, kind: CaseReportKind, propertyId: string, period: string, data: Record<string, unknown>, now: Date) {
  await tx.insert(caseReports).values({ kind, propertyId, period, data, generatedAt: now })
    .onConflictDoUpdate({ target: [caseReports.kind, caseReports.propertyId, caseReports.period], set: { data, generatedAt: now }, where: isNull(caseReports.signedAt) });
  return (await findReport(tx, kind, propertyId, period))!;
}

/** true the first time only: the scheduled reminder is sent once. */
export async function markNotified(tx: DbOrTx, id: string, now: Date) {
  return (await tx.update(caseReports).set({ notifiedAt: now }).where(and(eq(caseReports.id, id), isNull(caseReports.notifiedAt))).returning({ id: caseReports.id })).length > 0;
}

/** Signs once: null when somebody signed first. */
export async function signReport(tx: DbOrTx, id: string, p: { userId: string; now: Date; note: string | null; late: boolean }) {
  const [r] = await tx.update(caseReports).set({ signedBy: p.userId, signedAt: p.now, late: p.late, ...(p.note !== null ? { note: p.note, noteBy: p.userId, noteAt: p.now } : {}) })
    .where(and(eq(caseReports.id, id), isNull(caseReports.signedAt))).returning();
  return r ?? null;
}

export async function saveNote(tx: DbOrTx, kind: CaseReportKind, propertyId: string, period: string, note: string, userId: string, now: Date) {
  const [r] = await tx.insert(caseReports).values({ kind, propertyId, period, note, noteBy: userId, noteAt: now })
    .onConflictDoUpdate({ target: [caseReports.kind, caseReports.propertyId, caseReports.period], set: { note, noteBy: userId, noteAt: now } }).returning();
  return r!;
}

export async function propertyIds(db: DbOrTx) {
  return (await db.select({ id: properties.id }).from(properties).orderBy(asc(properties.id))).map((r) => r.id);
}

export async function propertyName(db: DbOrTx, id: string) {
  const [r] = await db.select({ name: properties.name }).from(properties).where(eq(properties.id, id));
  return r?.name ?? null;
}

// ---------- case lists of a period ----------

const brief = {
  id: cases.id, number: cases.number, kind: cases.kind, severity: cases.severity, status: cases.status, channel: cases.channel,
  contactName: cases.contactName, location: cases.location, content: cases.content, createdAt: cases.createdAt,
  respondDueAt: cases.respondDueAt, resolveDueAt: cases.resolveDueAt, closedAt: cases.closedAt, closeResult: cases.closeResult,
  escalationLevel: cases.escalationLevel,
};
export type CaseBrief = { [K in keyof typeof brief]: (typeof cases.$inferSelect)[K extends 'id' ? 'id' : K] };

export const createdIn = (db: DbOrTx, pid: string, r: Range, limit: number) =>
  db.select(brief).from(cases).where(and(eq(cases.propertyId, pid), inRange(cases.createdAt, r))).orderBy(asc(cases.createdAt)).limit(limit);

export const closedIn = (db: DbOrTx, pid: string, r: Range, limit: number) =>
  db.select(brief).from(cases).where(and(eq(cases.propertyId, pid), inRange(cases.closedAt, r))).orderBy(asc(cases.closedAt)).limit(limit);

/** Unfinished at `at` and past a deadline (respond or resolve). */
export const overdueAt = (db: DbOrTx, pid: string, at: Date, limit: number) =>
  db.select(brief).from(cases).where(and(
    eq(cases.propertyId, pid), inArray(cases.status, ['open', 'dispatched', 'in_progress', 'reopened']), lt(cases.createdAt, at),
    or(lt(cases.resolveDueAt, at), and(isNull(cases.respondedAt), lt(cases.respondDueAt, at))),
  )).orderBy(asc(cases.resolveDueAt)).limit(limit);

export const escalatedIn = (db: DbOrTx, pid: string, r: Range, limit: number) =>
  db.selectDistinctOn([cases.id], brief).from(caseEvents).innerJoin(cases, eq(cases.id, caseEvents.caseId))
    .where(and(eq(caseEvents.propertyId, pid), eq(caseEvents.kind, 'escalated'), gte(caseEvents.at, r.from), lt(caseEvents.at, r.to)))
    .orderBy(asc(cases.id)).limit(limit);

/** S9 weekly: what cannot proceed — paused, past due, or closed as unresolvable in the week. */
export const cannotProceed = (db: DbOrTx, pid: string, r: Range, limit: number) =>
  db.select(brief).from(cases).where(and(
    eq(cases.propertyId, pid), lt(cases.createdAt, r.to),
    or(
      and(inArray(cases.status, ['open', 'dispatched', 'in_progress', 'reopened']), lt(cases.resolveDueAt, r.to)),
      eq(cases.status, 'waiting_customer'),
      and(eq(cases.closeResult, 'unresolvable'), inRange(cases.closedAt, r)),
    ),
  )).orderBy(asc(cases.createdAt)).limit(limit);

// ---------- aggregates ----------

const count = (cond: SQL) => sql`count(*) filter (where ${cond})::int`;
const ident = (s: string) => sql.raw(`"${s.replace(/"/g, '')}"`);

/** Counts of cases created in the range by kind × status, plus closures and escalations of the range. */
export async function periodCounts(db: DbOrTx, pid: string, r: Range, now: Date) {
  const [c] = await rows<Record<string, number>>(db, sql`
    select count(*)::int as "total",
      ${count(sql`kind = 'repair'`)} as "repairs", ${count(sql`kind = 'complaint'`)} as "complaints",
      ${count(sql`kind = 'complaint' and nature = 'valid'`)} as "validComplaints",
      ${count(sql`status = 'closed'`)} as "closed", ${count(sql`status not in ('closed','resolved')`)} as "open",
      ${count(sql`status not in ('closed','resolved','waiting_customer') and resolve_due_at < ${now}`)} as "overdue",
      ${count(sql`close_result = 'unresolvable'`)} as "unresolvable", ${count(sql`escalation_level > 0`)} as "escalated",
      ${count(sql`severity = 'major'`)} as "major", ${count(sql`emergency`)} as "emergencies"
    from cases where property_id = ${pid} and created_at >= ${r.from} and created_at < ${r.to}`);
  return c!;
}

/** 《客户投诉月统计表》: the month's complaints counted by each dimension in one pass. */
export async function complaintStats(db: DbOrTx, pid: string, r: Range, now: Date, dims: Record<string, readonly string[]>) {
  const cols = Object.entries(dims).flatMap(([col, values]) => values.map((v) => sql`${count(sql`${ident(col)} = ${v}`)} as ${ident(`${col}:${v}`)}`));
  const done = sql`coalesce(c.resolved_at, c.closed_at)`;
  const [row] = await rows<Record<string, number | null>>(db, sql`
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
    from m`);
  return row!;
}

/** S10: per local month of the range, valid complaints, complaints and repairs. */
export async function monthlyKinds(db: DbOrTx, pid: string, r: Range, tz: string) {
  return rows<{ month: string; valid: number; complaints: number; repairs: number }>(db, sql`
    select to_char(created_at at time zone ${tz}, 'YYYY-MM') as "month",
      ${count(sql`kind = 'complaint' and nature = 'valid'`)} as "valid", ${count(sql`kind = 'complaint'`)} as "complaints", ${count(sql`kind = 'repair'`)} as "repairs"
    from cases where property_id = ${pid} and created_at >= ${r.from} and created_at < ${r.to} group by 1 order by 1`);
}

export async function households(db: DbOrTx, pid: string) {
  const [r] = await db.select({ n: sql<number>`coalesce(sum(${units.households}), 0)::int` }).from(units).where(eq(units.propertyId, pid));
  return Number(r?.n ?? 0);
}

/** S10 三个相等: logged vs dispatched repair items, work orders issued and returned, with the mismatches. */
export async function threeEqualities(db: DbOrTx, pid: string, r: Range, limit: number) {
  const repairs = sql`property_id = ${pid} and kind = 'repair' and created_at >= ${r.from} and created_at < ${r.to}`;
  const live = sql`w.status <> 'voided'`;
  const [[items], [wos], notDispatched, withoutWo, several, notReturned] = await Promise.all([
    rows<{ logged: number; dispatched: number }>(db, sql`select count(*)::int as "logged", ${count(sql`dispatched_at is not null`)} as "dispatched" from cases where ${repairs}`),
    rows<{ issued: number; returned: number; voided: number }>(db, sql`
      select ${count(sql`status <> 'voided'`)} as "issued", ${count(sql`status = 'returned'`)} as "returned", ${count(sql`status = 'voided'`)} as "voided"
      from work_orders where property_id = ${pid} and issued_at >= ${r.from} and issued_at < ${r.to}`),
    // The month's rows first (materialized), then ordered: otherwise the planner may walk the whole
    // number index hoping to meet `limit` mismatches early, and a month without any walks every case.
    rows<{ caseNumber: string; caseId: string }>(db, sql`
      with m as materialized (select number, id from cases where ${repairs} and dispatched_at is null)
      select number as "caseNumber", id as "caseId" from m order by number limit ${limit}`),
    rows<{ caseNumber: string; caseId: string }>(db, sql`
      with m as materialized (select c.number, c.id from cases c where ${repairs} and c.dispatched_at is not null
        and not exists (select 1 from work_orders w where w.case_id = c.id and ${live}))
      select number as "caseNumber", id as "caseId" from m order by number limit ${limit}`),
    rows<{ caseNumber: string; caseId: string; workOrders: string[] }>(db, sql`
      select c.number as "caseNumber", c.id as "caseId", array_agg(w.number order by w.seq) as "workOrders"
      from work_orders w join cases c on c.id = w.case_id
      where w.property_id = ${pid} and w.issued_at >= ${r.from} and w.issued_at < ${r.to} and ${live}
      group by c.id, c.number having count(*) > 1 order by c.number limit ${limit}`),
    rows<{ workOrderNumber: string; workOrderId: string; caseNumber: string; status: string }>(db, sql`
      with m as materialized (select w.number, w.id, w.case_id, w.status from work_orders w
        where w.property_id = ${pid} and w.issued_at >= ${r.from} and w.issued_at < ${r.to} and w.status not in ('returned','voided'))
      select m.number as "workOrderNumber", m.id as "workOrderId", c.number as "caseNumber", m.status as "status"
      from m join cases c on c.id = m.case_id order by m.number limit ${limit}`),
  ]);
  return { items: items!, wos: wos!, notDispatched, withoutWo, several, notReturned };
}

/** SLA attainment of the month's cases by kind × severity. */
export async function slaAttainment(db: DbOrTx, pid: string, r: Range, now: Date) {
  const done = sql`coalesce(resolved_at, closed_at)`;
  return rows<{ kind: string; severity: string; total: number; respondMeasured: number; respondOnTime: number; resolveMeasured: number; resolveOnTime: number }>(db, sql`
    select kind as "kind", severity as "severity", count(*)::int as "total",
      ${count(sql`responded_at is not null or respond_due_at < ${now}`)} as "respondMeasured",
      ${count(sql`responded_at <= respond_due_at`)} as "respondOnTime",
      ${count(sql`${done} is not null or resolve_due_at < ${now}`)} as "resolveMeasured",
      ${count(sql`${done} <= resolve_due_at`)} as "resolveOnTime"
    from cases where property_id = ${pid} and created_at >= ${r.from} and created_at < ${r.to}
    group by kind, severity order by kind, severity`);
}

/** Callbacks and tenant ratings made in the range. */
export async function satisfaction(db: DbOrTx, pid: string, r: Range) {
  return rows<{ source: string; kind: string; callbacks: number; satisfied: number; avgCourtesy: number | null; avgAttitude: number | null }>(db, sql`
    select b.source as "source", c.kind as "kind", count(*)::int as "callbacks", ${count(sql`b.satisfied_result`)} as "satisfied",
      round(avg(b.courtesy_rating), 2)::float as "avgCourtesy", round(avg(b.attitude_rating), 2)::float as "avgAttitude"
    from callbacks b join cases c on c.id = b.case_id
    where b.property_id = ${pid} and b.at >= ${r.from} and b.at < ${r.to} group by 1, 2 order by 1, 2`);
}

// ---------- S11 archive and search ----------

/** Marks up to `limit` closed cases of a kind closed before the cut-off archived; returns their ids. */
export async function archiveClosed(tx: DbOrTx, pid: string, kind: 'repair' | 'complaint', cutoff: Date, now: Date, limit: number) {
  const r = await rows<{ id: string }>(tx, sql`
    update cases set archived_at = ${now} where id in (
      select id from cases where property_id = ${pid} and kind = ${kind} and status = 'closed' and archived_at is null and closed_at < ${cutoff}
      order by closed_at limit ${limit} for update skip locked)
    returning id`);
  return r.map((x) => x.id);
}

export interface SearchFilter {
  propertyIds: string[]; number?: string; unit?: string; person?: string; text?: string; from?: Date; to?: Date;
  includeArchived: boolean; reporterId?: string; limit: number; after?: { createdAt: Date; id: string };
}

export async function searchCases(db: DbOrTx, f: SearchFilter) {
  if (!f.propertyIds.length) return [];
  const uuid = /^[0-9a-f-]{36}$/i;
  const unitCond = f.unit
    ? uuid.test(f.unit) ? eq(cases.unitId, f.unit)
      : inArray(cases.unitId, db.select({ id: units.id }).from(units).where(and(inArray(units.propertyId, f.propertyIds), or(ilike(units.code, like(f.unit)), ilike(units.name, like(f.unit))))))
    : undefined;
  return db.select({ c: cases, unitCode: units.code }).from(cases).leftJoin(units, eq(units.id, cases.unitId)).where(and(
    inArray(cases.propertyId, f.propertyIds),
    f.reporterId ? eq(cases.reporterId, f.reporterId) : undefined,
    f.number ? ilike(cases.number, `${f.number.replace(/[\\%_]/g, (m) => `\\${m}`)}%`) : undefined,
    unitCond,
    f.person ? or(ilike(cases.contactName, like(f.person)), ilike(cases.contactPhone, like(f.person))) : undefined,
    f.text ? or(ilike(cases.content, like(f.text)), ilike(cases.location, like(f.text)), ilike(cases.closeNote, like(f.text))) : undefined,
    f.from ? gte(cases.createdAt, f.from) : undefined,
    f.to ? lt(cases.createdAt, f.to) : undefined,
    f.includeArchived ? undefined : isNull(cases.archivedAt),
    f.after ? sql`(${cases.createdAt}, ${cases.id}) < (${f.after.createdAt}, ${f.after.id})` : undefined,
  )).orderBy(desc(cases.createdAt), desc(cases.id)).limit(f.limit);
}

export async function setPropertySetting(tx: DbOrTx, pid: string, key: string, value: unknown, now: Date) {
  await tx.update(properties).set({ settings: sql`${properties.settings} || jsonb_build_object(${key}::text, ${JSON.stringify(value)}::jsonb)`, updatedAt: now }).where(eq(properties.id, pid));
}

// ---------- S12 knowledge base ----------

export async function insertKb(tx: DbOrTx, row: typeof kbEntries.$inferInsert) {
  const [r] = await tx.insert(kbEntries).values(row).returning();
  return r!;
}

export async function findKb(db: DbOrTx, id: string) {
  const [r] = await db.select().from(kbEntries).where(eq(kbEntries.id, id));
  return r ?? null;
}

export async function updateKb(tx: DbOrTx, id: string, version: number, patch: Partial<typeof kbEntries.$inferInsert>) {
  const [r] = await tx.update(kbEntries).set({ ...patch, version: sql`${kbEntries.version} + 1` })
    .where(and(eq(kbEntries.id, id), eq(kbEntries.version, version), isNull(kbEntries.archivedAt))).returning();
  return r ?? null;
}

/** ILIKE over question, answer, keywords and category (pg_trgm is not loaded in PGlite here); question hits first. */
export async function searchKb(db: DbOrTx, f: { propertyId: string; q?: string; category?: string; courtesy?: boolean; publicOnly?: boolean; limit: number }) {
  const q = f.q ? like(f.q) : null;
  const uses = db.select({ n: sql<number>`count(*)::int` }).from(caseKbLinks).where(eq(caseKbLinks.kbEntryId, kbEntries.id));
  return db.select({ e: kbEntries, uses: sql<number>`(${uses})` }).from(kbEntries).where(and(
    eq(kbEntries.propertyId, f.propertyId), isNull(kbEntries.archivedAt),
    f.category ? eq(kbEntries.category, f.category) : undefined,
    f.courtesy !== undefined ? eq(kbEntries.courtesy, f.courtesy) : undefined,
    f.publicOnly ? eq(kbEntries.public, true) : undefined,
    q ? or(ilike(kbEntries.question, q), ilike(kbEntries.answer, q), ilike(kbEntries.category, q), sql`array_to_string(${kbEntries.keywords}, ' ') ilike ${q}`) : undefined,
  )).orderBy(...(q ? [desc(sql`${kbEntries.question} ilike ${q}`)] : []), asc(kbEntries.category), desc(kbEntries.updatedAt)).limit(f.limit);
}

export async function linkCaseKb(tx: DbOrTx, caseId: string, entryId: string, userId: string, now: Date) {
  return (await tx.insert(caseKbLinks).values({ caseId, kbEntryId: entryId, linkedBy: userId, linkedAt: now }).onConflictDoNothing().returning()).length > 0;
}

export async function linkConsultationKb(tx: DbOrTx, consultationId: string, entryId: string, userId: string, now: Date) {
  return (await tx.insert(consultationKbLinks).values({ consultationId, kbEntryId: entryId, linkedBy: userId, linkedAt: now }).onConflictDoNothing().returning()).length > 0;
}

export async function kbOfCase(db: DbOrTx, caseId: string) {
  return db.select({ id: kbEntries.id, category: kbEntries.category, question: kbEntries.question, linkedAt: caseKbLinks.linkedAt })
    .from(caseKbLinks).innerJoin(kbEntries, eq(kbEntries.id, caseKbLinks.kbEntryId)).where(eq(caseKbLinks.caseId, caseId)).orderBy(asc(caseKbLinks.linkedAt));
}

/** Cases and consultations that used an entry. */
export async function usesOfKb(db: DbOrTx, entryId: string, limit: number) {
  const [cs, qs] = await Promise.all([
    db.select({ id: cases.id, number: cases.number, linkedAt: caseKbLinks.linkedAt }).from(caseKbLinks).innerJoin(cases, eq(cases.id, caseKbLinks.caseId))
      .where(eq(caseKbLinks.kbEntryId, entryId)).orderBy(desc(caseKbLinks.linkedAt)).limit(limit),
    db.select({ id: consultations.id, question: consultations.question, linkedAt: consultationKbLinks.linkedAt }).from(consultationKbLinks)
      .innerJoin(consultations, eq(consultations.id, consultationKbLinks.consultationId)).where(eq(consultationKbLinks.kbEntryId, entryId)).orderBy(desc(consultationKbLinks.linkedAt)).limit(limit),
  ]);
  return { cases: cs, consultations: qs };
}

export async function findConsultation(db: DbOrTx, id: string) {
  const [r] = await db.select({ id: consultations.id, propertyId: consultations.propertyId }).from(consultations).where(eq(consultations.id, id));
  return r ?? null;
}

export async function ratingsBy(db: DbOrTx, caseId: string, userId: string) {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(callbacks).where(and(eq(callbacks.caseId, caseId), eq(callbacks.byId, userId), eq(callbacks.source, 'tenant')));
  return Number(r?.n ?? 0);
}
