/** All SQL of the service desk. */
import { and, asc, desc, eq, gte, ilike, inArray, isNull, lt, ne, notInArray, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import {
  cases, caseEvents, caseAlerts, workOrders, callbacks, consultations, counters, properties, units, organizations, users, userRoles,
} from '../../../db/schema/index.ts';

export type CaseRow = typeof cases.$inferSelect;
export type WorkOrderRow = typeof workOrders.$inferSelect;
export type CaseEventRow = typeof caseEvents.$inferSelect;

/** Next value of a per-property counter, in the caller's transaction: a rollback gives the number back. */
export async function nextNumber(tx: DbOrTx, propertyId: string, key: string): Promise<number> {
  const [r] = await tx.insert(counters).values({ propertyId, key, value: 1 })
    .onConflictDoUpdate({ target: [counters.propertyId, counters.key], set: { value: sql`${counters.value} + 1` } })
    .returning({ value: counters.value });
  return Number(r!.value);
}

export async function propertySettings(db: DbOrTx, propertyId: string) {
  const [r] = await db.select({ settings: properties.settings }).from(properties).where(eq(properties.id, propertyId));
  return r?.settings ?? null;
}

export async function unitInProperty(db: DbOrTx, propertyId: string, id: string) {
  const [r] = await db.select({ id: units.id, organizationId: units.organizationId }).from(units).where(and(eq(units.id, id), eq(units.propertyId, propertyId)));
  return r ?? null;
}

export async function organizationInProperty(db: DbOrTx, propertyId: string, id: string) {
  const [r] = await db.select({ id: organizations.id }).from(organizations).where(and(eq(organizations.id, id), eq(organizations.propertyId, propertyId)));
  return !!r;
}

export async function rolesInProperty(db: DbOrTx, userId: string, propertyId: string): Promise<string[]> {
  const rows = await db.select({ role: userRoles.role }).from(userRoles).where(and(eq(userRoles.userId, userId), eq(userRoles.propertyId, propertyId)));
  return rows.map((r) => r.role);
}

export async function userContact(db: DbOrTx, id: string) {
  const [r] = await db.select({ displayName: users.displayName, phone: users.phone }).from(users).where(eq(users.id, id));
  return r ?? null;
}

// ---------- cases ----------

export async function insertCase(tx: DbOrTx, row: typeof cases.$inferInsert) {
  const [c] = await tx.insert(cases).values(row).returning();
  return c!;
}

export async function findCase(db: DbOrTx, id: string) {
  const [c] = await db.select().from(cases).where(eq(cases.id, id));
  return c ?? null;
}

/**
 * Optimistic update: only if the row still has `version` (and, for closing, is not closed yet).
 * null = somebody else changed it first.
 */
export async function updateCase(tx: DbOrTx, id: string, version: number, patch: Partial<typeof cases.$inferInsert>, now: Date) {
  const [c] = await tx.update(cases).set({ ...patch, version: sql`${cases.version} + 1`, updatedAt: now })
    .where(and(eq(cases.id, id), eq(cases.version, version), patch.status === 'closed' ? ne(cases.status, 'closed') : undefined))
    .returning();
  return c ?? null;
}

/**
 * Emergency sign-off, guarded in SQL: only an emergency not signed off yet. null = not an emergency
 * (any more) or somebody signed it off first — of two concurrent sign-offs one wins.
 */
export async function signOffEmergency(tx: DbOrTx, id: string, s: { at: Date; by: string; note: string }) {
  const [c] = await tx.update(cases)
    .set({ emergencySignedOffAt: s.at, emergencySignedOffBy: s.by, emergencySignOffNote: s.note, version: sql`${cases.version} + 1`, updatedAt: s.at })
    .where(and(eq(cases.id, id), eq(cases.emergency, true), isNull(cases.emergencySignedOffAt)))
    .returning();
  return c ?? null;
}

/** The property's emergencies not signed off yet, any status, newest first (partial index cases_pinned_emergencies_idx). */
export async function pinnedEmergencies(db: DbOrTx, propertyId: string, limit: number) {
  return db.select().from(cases)
    // the partial index's own predicate, literally: `emergency = $2` would not match it in a generic plan
    .where(and(eq(cases.propertyId, propertyId), sql`${cases.emergency} and ${cases.emergencySignedOffAt} is null`))
    .orderBy(desc(cases.createdAt), desc(cases.id)).limit(limit);
}

/** Display names of users by id (who signed off). */
export async function userNames(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  const uniq = [...new Set(ids)];
  if (!uniq.length) return new Map();
  const rows = await db.select({ id: users.id, displayName: users.displayName }).from(users).where(inArray(users.id, uniq));
  return new Map(rows.map((r) => [r.id, r.displayName]));
}

/** Raises the escalation level; null when it is already that high (escalated before). */
export async function raiseEscalation(tx: DbOrTx, id: string, level: number, now: Date) {
  const [c] = await tx.update(cases).set({ escalationLevel: level, version: sql`${cases.version} + 1`, updatedAt: now })
    .where(and(eq(cases.id, id), lt(cases.escalationLevel, level))).returning();
  return c ?? null;
}

export async function insertEvent(tx: DbOrTx, row: typeof caseEvents.$inferInsert) {
  await tx.insert(caseEvents).values(row);
}

export async function eventsOf(db: DbOrTx, caseId: string) {
  return db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.at), asc(caseEvents.id));
}

export async function openChildren(db: DbOrTx, caseId: string) {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(cases).where(and(eq(cases.parentCaseId, caseId), ne(cases.status, 'closed')));
  return r!.n;
}

export interface CaseFilter {
  full: string[]; own: { propertyIds: string[]; reporterId: string };
  kind?: string; status?: string; severity?: string; q?: string; from?: Date; to?: Date; overdue?: boolean; now: Date;
  limit: number; after?: { createdAt: Date; id: string };
}

export async function listCases(db: DbOrTx, f: CaseFilter) {
  const scope: SQL[] = [];
  if (f.full.length) scope.push(inArray(cases.propertyId, f.full));
  if (f.own.propertyIds.length) scope.push(and(inArray(cases.propertyId, f.own.propertyIds), eq(cases.reporterId, f.own.reporterId))!);
  if (!scope.length) return [];
  const q = f.q ? `%${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%` : null;
  return db.select().from(cases).where(and(
    or(...scope),
    f.kind ? eq(cases.kind, f.kind as CaseRow['kind']) : undefined,
    f.status ? eq(cases.status, f.status as CaseRow['status']) : undefined,
    f.severity ? eq(cases.severity, f.severity as CaseRow['severity']) : undefined,
    q ? sql`(${cases.number} || ' ' || ${cases.content} || ' ' || coalesce(${cases.contactName}, '') || ' ' || coalesce(${cases.contactPhone}, '') || ' ' || coalesce(${cases.location}, '')) ilike ${q}` : undefined,
    f.from ? gte(cases.createdAt, f.from) : undefined,
    f.to ? lt(cases.createdAt, f.to) : undefined,
    f.overdue ? and(notInArray(cases.status, ['resolved', 'closed', 'waiting_customer']),
      or(lt(cases.resolveDueAt, f.now), and(sql`${cases.respondedAt} is null`, lt(cases.respondDueAt, f.now)))) : undefined,
    f.after ? sql`(${cases.createdAt}, ${cases.id}) < (${f.after.createdAt}, ${f.after.id})` : undefined,
  )).orderBy(desc(cases.createdAt), desc(cases.id)).limit(f.limit);
}

/** Cases the SLA scanner looks at: not finished and not paused. */
export async function activeCases(db: DbOrTx, limit: number, afterId?: string) {
  return db.select().from(cases).where(and(
    notInArray(cases.status, ['resolved', 'closed', 'waiting_customer']),
    afterId ? sql`${cases.id} > ${afterId}` : undefined,
  )).orderBy(asc(cases.id)).limit(limit);
}

/** true when the alert is new (the scanner raises each alert once). */
/** The alert keys already raised for a batch of cases, as `${caseId}:${key}`. */
export async function raisedAlerts(db: DbOrTx, caseIds: string[]): Promise<Set<string>> {
  if (!caseIds.length) return new Set();
  const rows = await db.select({ caseId: caseAlerts.caseId, key: caseAlerts.key }).from(caseAlerts).where(inArray(caseAlerts.caseId, caseIds));
  return new Set(rows.map((r) => `${r.caseId}:${r.key}`));
}

export async function markAlert(tx: DbOrTx, caseId: string, key: string, at: Date) {
  const r = await tx.insert(caseAlerts).values({ caseId, key, at }).onConflictDoNothing().returning({ key: caseAlerts.key });
  return r.length > 0;
}

// ---------- work orders ----------

export async function insertWorkOrder(tx: DbOrTx, row: typeof workOrders.$inferInsert) {
  const [w] = await tx.insert(workOrders).values(row).returning();
  return w!;
}

export async function findWorkOrder(db: DbOrTx, id: string) {
  const [w] = await db.select().from(workOrders).where(eq(workOrders.id, id));
  return w ?? null;
}

/** State change guarded by the states it may come from: of two concurrent changes one wins. */
export async function updateWorkOrder(tx: DbOrTx, id: string, from: readonly WorkOrderRow['status'][], patch: Partial<typeof workOrders.$inferInsert>, now: Date, takenBy?: string | null) {
  const [w] = await tx.update(workOrders).set({ ...patch, updatedAt: now })
    .where(and(eq(workOrders.id, id), inArray(workOrders.status, [...from]),
      // accepting: still unassigned (grab) or assigned to the one who accepts
      takenBy ? sql`(${workOrders.assigneeId} is null or ${workOrders.assigneeId} = ${takenBy})` : undefined)).returning();
  return w ?? null;
}

export async function workOrdersOf(db: DbOrTx, caseId: string) {
  return db.select().from(workOrders).where(eq(workOrders.caseId, caseId)).orderBy(asc(workOrders.seq));
}

export async function listWorkOrders(db: DbOrTx, f: { propertyIds: string[]; assigneeId?: string; status?: string; caseId?: string; limit: number; afterNumber?: string }) {
  if (!f.propertyIds.length) return [];
  return db.select({ wo: workOrders, caseNumber: cases.number, location: cases.location, contactName: cases.contactName, contactPhone: cases.contactPhone })
    .from(workOrders).innerJoin(cases, eq(cases.id, workOrders.caseId))
    .where(and(
      inArray(workOrders.propertyId, f.propertyIds),
      f.assigneeId ? eq(workOrders.assigneeId, f.assigneeId) : undefined,
      f.status ? eq(workOrders.status, f.status as WorkOrderRow['status']) : undefined,
      f.caseId ? eq(workOrders.caseId, f.caseId) : undefined,
      f.afterNumber ? lt(workOrders.number, f.afterNumber) : undefined,
    )).orderBy(desc(workOrders.number)).limit(f.limit);
}

export async function workOrderNumbers(db: DbOrTx, propertyId: string, year: number) {
  return db.select({ seq: workOrders.seq, number: workOrders.number, status: workOrders.status, voidReason: workOrders.voidReason, voidedAt: workOrders.voidedAt })
    .from(workOrders).where(and(eq(workOrders.propertyId, propertyId), eq(workOrders.year, year))).orderBy(asc(workOrders.seq));
}

export async function counterValue(db: DbOrTx, propertyId: string, key: string) {
  const [r] = await db.select({ value: counters.value }).from(counters).where(and(eq(counters.propertyId, propertyId), eq(counters.key, key)));
  return Number(r?.value ?? 0);
}

// ---------- callbacks, consultations, contacts ----------

export async function insertCallback(tx: DbOrTx, row: typeof callbacks.$inferInsert) {
  const [c] = await tx.insert(callbacks).values(row).returning();
  return c!;
}

export async function callbacksOf(db: DbOrTx, caseId: string) {
  return db.select().from(callbacks).where(eq(callbacks.caseId, caseId)).orderBy(asc(callbacks.at), asc(callbacks.createdAt));
}

export async function insertConsultation(tx: DbOrTx, row: typeof consultations.$inferInsert) {
  const [c] = await tx.insert(consultations).values(row).returning();
  return c!;
}

export async function listConsultations(db: DbOrTx, propertyIds: string[], q: string | undefined, limit: number) {
  if (!propertyIds.length) return [];
  const like = q ? `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%` : null;
  return db.select().from(consultations).where(and(
    inArray(consultations.propertyId, propertyIds),
    like ? or(ilike(consultations.question, like), ilike(consultations.answer, like), ilike(consultations.topic, like)) : undefined,
  )).orderBy(desc(consultations.createdAt)).limit(limit);
}

const digits = (col: SQLWrapper) => sql`regexp_replace(coalesce(${col}, ''), '[^0-9]', '', 'g')`;

/** Units, organizations and users whose phone contains the digits (contact auto-fill at intake). */
export async function contactLookup(db: DbOrTx, propertyId: string, phoneDigits: string) {
  const like = `%${phoneDigits}%`;
  const [u, o, p] = await Promise.all([
    db.select({ id: units.id, code: units.code, name: units.name, organizationId: units.organizationId, phone: units.phone })
      .from(units).where(and(eq(units.propertyId, propertyId), sql`${digits(units.phone)} like ${like}`)).limit(10),
    db.select({ id: organizations.id, name: organizations.name, contactName: organizations.contactName, contactPhone: organizations.contactPhone })
      .from(organizations).where(and(eq(organizations.propertyId, propertyId), sql`${digits(organizations.contactPhone)} like ${like}`)).limit(10),
    db.selectDistinct({ id: users.id, displayName: users.displayName, phone: users.phone, unitId: users.unitId, organizationId: users.organizationId })
      .from(users).innerJoin(userRoles, eq(userRoles.userId, users.id))
      .where(and(eq(userRoles.propertyId, propertyId), sql`${digits(users.phone)} like ${like}`)).limit(10),
  ]);
  return { units: u, organizations: o, users: p };
}
