/** All SQL of meeting services. */
import { and, asc, eq, getTableColumns, gte, inArray, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Department } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import {
  bookings, buildings, counters, meetingChecks, meetingIncidents, meetingTasks, noticeDepartments, properties, serviceNotices, taskTemplates, users, venues,
} from '../../../db/schema/index.ts';
import { visibleTo } from '../../bookings/confidentiality/confidentiality.repository.ts';
import type { ClosedViewer } from '../../bookings/confidentiality/confidentiality.policy.ts';

export type TemplateRow = typeof taskTemplates.$inferSelect;
export type NoticeRow = typeof serviceNotices.$inferSelect;
export type TaskRow = typeof meetingTasks.$inferSelect;
export type CheckRow = typeof meetingChecks.$inferSelect;
export type IncidentRow = typeof meetingIncidents.$inferSelect;
export type DepartmentRow = typeof noticeDepartments.$inferSelect;
export type BookingRow = typeof bookings.$inferSelect;

export async function property(db: DbOrTx, id: string) {
  const [p] = await db.select({ id: properties.id, settings: properties.settings, timeZone: properties.timeZone }).from(properties).where(eq(properties.id, id));
  return p ?? null;
}
export async function propertyIds(db: DbOrTx) {
  return (await db.select({ id: properties.id }).from(properties)).map((r) => r.id);
}

// ---------- templates ----------
export const listTemplates = (db: DbOrTx, propertyId: string, department?: Department) =>
  db.select().from(taskTemplates).where(and(eq(taskTemplates.propertyId, propertyId), department ? eq(taskTemplates.department, department) : undefined))
    .orderBy(asc(taskTemplates.department), asc(taskTemplates.sort), asc(taskTemplates.code));
export async function findTemplate(db: DbOrTx, id: string) {
  const [r] = await db.select().from(taskTemplates).where(eq(taskTemplates.id, id));
  return r ?? null;
}
export async function insertTemplates(db: DbOrTx, rows: (typeof taskTemplates.$inferInsert)[]) {
  if (!rows.length) return [];
  return db.insert(taskTemplates).values(rows).onConflictDoNothing({ target: [taskTemplates.propertyId, taskTemplates.code] }).returning();
}
export async function updateTemplate(db: DbOrTx, id: string, patch: Partial<typeof taskTemplates.$inferInsert>) {
  const [r] = await db.update(taskTemplates).set(patch).where(eq(taskTemplates.id, id)).returning();
  return r ?? null;
}
export async function hasTemplates(db: DbOrTx, propertyId: string) {
  const [r] = await db.select({ id: taskTemplates.id }).from(taskTemplates).where(eq(taskTemplates.propertyId, propertyId)).limit(1);
  return !!r;
}

// ---------- bookings (read only) ----------
export async function findBooking(db: DbOrTx, id: string): Promise<BookingRow | null> {
  const [b] = await db.select().from(bookings).where(eq(bookings.id, id));
  return b ?? null;
}
/** The booking, locked: syncs of one booking run one at a time, and after the booking write they react to. */
export async function lockBooking(tx: DbOrTx, id: string): Promise<BookingRow | null> {
  const [b] = await tx.select().from(bookings).where(eq(bookings.id, id)).for('update');
  return b ?? null;
}
export async function venueInfo(db: DbOrTx, ids: string[]) {
  if (!ids.length) return [];
  return db.select({ id: venues.id, name: venues.name, type: venues.venueType, cls: venues.venueClass, building: buildings.name, buildingCode: buildings.code })
    .from(venues).leftJoin(buildings, eq(buildings.id, venues.buildingId)).where(inArray(venues.id, ids));
}
/** Bookings of a property starting from `from` whose notice is missing (confirmed) or behind the booking's version. */
export async function outOfSync(db: DbOrTx, propertyId: string, from: Date, limit = 200): Promise<string[]> {
  const rows = await db.select({ id: bookings.id }).from(bookings).leftJoin(serviceNotices, eq(serviceNotices.bookingId, bookings.id))
    .where(and(eq(bookings.propertyId, propertyId), gte(bookings.startAt, from), sql`(
      (${bookings.status} = 'confirmed' and (${serviceNotices.id} is null or ${serviceNotices.bookingVersion} <> ${bookings.version}))
      or (${serviceNotices.id} is not null and ${serviceNotices.bookingVersion} <> ${bookings.version}))`))
    .orderBy(asc(bookings.startAt)).limit(limit);
  return rows.map((r) => r.id);
}

// ---------- notices ----------
export async function nextNumber(tx: DbOrTx, propertyId: string, key: string): Promise<number> {
  const [row] = await tx.insert(counters).values({ propertyId, key, value: 1 })
    .onConflictDoUpdate({ target: [counters.propertyId, counters.key], set: { value: sql`${counters.value} + 1` } }).returning({ value: counters.value });
  return Number(row!.value);
}
export async function noticeOfBooking(tx: DbOrTx, bookingId: string) {
  const [n] = await tx.select().from(serviceNotices).where(eq(serviceNotices.bookingId, bookingId));
  return n ?? null;
}
export async function findNotice(db: DbOrTx, id: string) {
  const [n] = await db.select().from(serviceNotices).where(eq(serviceNotices.id, id));
  return n ?? null;
}
export async function insertNotice(tx: DbOrTx, v: typeof serviceNotices.$inferInsert) {
  const [n] = await tx.insert(serviceNotices).values(v).returning();
  return n!;
}
export async function updateNotice(tx: DbOrTx, id: string, patch: Partial<typeof serviceNotices.$inferInsert>, guard?: ReturnType<typeof sql>) {
  const [n] = await tx.update(serviceNotices).set(patch).where(and(eq(serviceNotices.id, id), guard)).returning();
  return n ?? null;
}
/** Notices of a period; M12: closed meetings only where `viewer` may see them (confidentiality.repository). */
export const listNotices = (db: DbOrTx, q: { propertyId: string; from: Date; to: Date; limit: number; viewer?: ClosedViewer }) =>
  db.select().from(serviceNotices).where(and(eq(serviceNotices.propertyId, q.propertyId), lt(serviceNotices.startAt, q.to), gte(serviceNotices.endAt, q.from), visibleTo(q.viewer, serviceNotices.bookingId)))
    .orderBy(asc(serviceNotices.startAt), asc(serviceNotices.id)).limit(q.limit);

// ---------- tasks ----------
export const tasksOf = (db: DbOrTx, noticeIds: string[]) => noticeIds.length
  ? db.select().from(meetingTasks).where(inArray(meetingTasks.noticeId, noticeIds)).orderBy(asc(meetingTasks.dueAt), asc(meetingTasks.sort))
  : Promise.resolve([] as TaskRow[]);
export async function findTask(db: DbOrTx, id: string) {
  const [t] = await db.select().from(meetingTasks).where(eq(meetingTasks.id, id));
  return t ?? null;
}
/** Inserts the tasks; a key cancelled before comes back open with its new content. */
export async function upsertTasks(tx: DbOrTx, rows: (typeof meetingTasks.$inferInsert)[]) {
  if (!rows.length) return;
  await tx.insert(meetingTasks).values(rows).onConflictDoUpdate({
    target: [meetingTasks.noticeId, meetingTasks.key],
    set: {
      title: sql`excluded.title`, instructions: sql`excluded.instructions`, dueAt: sql`excluded.due_at`, quantity: sql`excluded.quantity`, unit: sql`excluded.unit`,
      sort: sql`excluded.sort`, status: 'open', doneBy: null, doneAt: null, note: null, photoUrl: null, overdueAlertedAt: null, updatedAt: sql`excluded.updated_at`,
    },
  });
}
export async function updateTask(tx: DbOrTx, id: string, patch: Partial<typeof meetingTasks.$inferInsert>) {
  await tx.update(meetingTasks).set(patch).where(eq(meetingTasks.id, id));
}
export async function cancelTasks(tx: DbOrTx, ids: string[], now: Date) {
  if (ids.length) await tx.update(meetingTasks).set({ status: 'cancelled', updatedAt: now }).where(inArray(meetingTasks.id, ids));
}
/** open → done, guarded: of two concurrent completions exactly one returns the row. */
export async function completeTask(tx: DbOrTx, id: string, by: string, at: Date, note: string | null, photoUrl: string | null) {
  const [t] = await tx.update(meetingTasks).set({ status: 'done', doneBy: by, doneAt: at, note, photoUrl, updatedAt: at })
    .where(and(eq(meetingTasks.id, id), eq(meetingTasks.status, 'open'))).returning();
  return t ?? null;
}
/** The tasks of a board: due in [from, to), not cancelled, of meetings the viewer may see (flat rows; the meetings come from boardMeetings). */
export function board(db: DbOrTx, q: { propertyId: string; department?: Department; from: Date; to: Date; limit: number; viewer?: ClosedViewer }) {
  return db.select(getTableColumns(meetingTasks))
    .from(meetingTasks).innerJoin(serviceNotices, eq(serviceNotices.id, meetingTasks.noticeId))
    .where(and(eq(meetingTasks.propertyId, q.propertyId), q.department ? eq(meetingTasks.department, q.department) : undefined,
      gte(meetingTasks.dueAt, q.from), lt(meetingTasks.dueAt, q.to), ne(meetingTasks.status, 'cancelled'), visibleTo(q.viewer, serviceNotices.bookingId)))
    .orderBy(asc(meetingTasks.dueAt), asc(meetingTasks.sort), asc(meetingTasks.id)).limit(q.limit);
}
/** The few notice fields a board card shows, once per meeting. */
export function boardMeetings(db: DbOrTx, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  const c = serviceNotices.content;
  return db.select({
    id: serviceNotices.id, number: serviceNotices.number, status: serviceNotices.status, startAt: serviceNotices.startAt, endAt: serviceNotices.endAt,
    name: sql<string>`${c}->>'meetingName'`, venue: sql<string>`${c}->'venue'->>'name'`, confidentiality: sql<string>`${c}->>'confidentiality'`,
    attendeeCount: sql<number>`(${c}->>'attendeeCount')::int`,
  }).from(serviceNotices).where(inArray(serviceNotices.id, ids));
}
/** Claims the open tasks past due not yet alerted (once per task): marks them and returns them. */
export async function claimOverdue(tx: DbOrTx, now: Date, propertyId?: string, limit = 500): Promise<TaskRow[]> {
  return tx.update(meetingTasks).set({ overdueAlertedAt: now }).where(sql`${meetingTasks.id} in (
    select t.id from meeting_tasks t join service_notices n on n.id = t.notice_id
    where t.status = 'open' and t.overdue_alerted_at is null and t.due_at <= ${now} and n.status = 'active'
      ${propertyId ? sql`and t.property_id = ${propertyId}` : sql``}
    order by t.due_at limit ${limit} for update of t skip locked)`).returning();
}

// ---------- readiness ----------
export const departmentsOf = (db: DbOrTx, noticeIds: string[]) => noticeIds.length
  ? db.select().from(noticeDepartments).where(inArray(noticeDepartments.noticeId, noticeIds))
  : Promise.resolve([] as DepartmentRow[]);
export async function ensureDepartments(tx: DbOrTx, noticeId: string, departments: Department[]) {
  if (departments.length) await tx.insert(noticeDepartments).values(departments.map((department) => ({ noticeId, department }))).onConflictDoNothing();
}
export async function resetReadiness(tx: DbOrTx, noticeId: string, departments: Department[]) {
  if (departments.length) {
    await tx.update(noticeDepartments).set({ readyAt: null, readyBy: null, verifiedAt: null, verifiedBy: null })
      .where(and(eq(noticeDepartments.noticeId, noticeId), inArray(noticeDepartments.department, departments)));
  }
}
export async function markReady(tx: DbOrTx, noticeId: string, department: Department, by: string, at: Date) {
  await ensureDepartments(tx, noticeId, [department]);
  const [r] = await tx.update(noticeDepartments).set({ readyAt: at, readyBy: by })
    .where(and(eq(noticeDepartments.noticeId, noticeId), eq(noticeDepartments.department, department), isNull(noticeDepartments.readyAt))).returning();
  return r ?? null;
}
export async function markVerified(tx: DbOrTx, noticeId: string, department: Department, by: string, at: Date) {
  const [r] = await tx.update(noticeDepartments).set({ verifiedAt: at, verifiedBy: by })
    .where(and(eq(noticeDepartments.noticeId, noticeId), eq(noticeDepartments.department, department), sql`${noticeDepartments.readyAt} is not null`, isNull(noticeDepartments.verifiedAt))).returning();
  return r ?? null;
}

// ---------- checks ----------
export const checksOf = (db: DbOrTx, noticeId: string) => db.select().from(meetingChecks).where(eq(meetingChecks.noticeId, noticeId)).orderBy(asc(meetingChecks.level));
export async function upsertCheck(tx: DbOrTx, v: typeof meetingChecks.$inferInsert) {
  await tx.insert(meetingChecks).values(v).onConflictDoUpdate({
    target: [meetingChecks.noticeId, meetingChecks.level], set: { dueAt: v.dueAt }, setWhere: sql`${meetingChecks.status} = 'pending'`,
  });
}
export async function recordCheck(tx: DbOrTx, noticeId: string, level: number, v: { status: 'ok' | 'problem'; finding: string | null; by: string; at: Date }) {
  const [r] = await tx.update(meetingChecks).set({ status: v.status, finding: v.finding, checkedBy: v.by, checkedAt: v.at })
    .where(and(eq(meetingChecks.noticeId, noticeId), eq(meetingChecks.level, level), inArray(meetingChecks.status, ['pending', 'missed']))).returning();
  return r ?? null;
}
/** pending → missed, only if still due at that instant (a moved meeting left this timer behind). */
export async function markMissed(tx: DbOrTx, noticeId: string, level: number, dueAt: Date, now: Date) {
  const [r] = await tx.update(meetingChecks).set({ status: 'missed', missedAt: now })
    .where(and(eq(meetingChecks.noticeId, noticeId), eq(meetingChecks.level, level), eq(meetingChecks.status, 'pending'), eq(meetingChecks.dueAt, dueAt), sql`${meetingChecks.dueAt} <= ${now}`)).returning();
  return r ?? null;
}

// ---------- incidents ----------
export const incidentsOf = (db: DbOrTx, noticeId: string) => db.select().from(meetingIncidents).where(eq(meetingIncidents.noticeId, noticeId)).orderBy(asc(meetingIncidents.reportedAt));
export async function findIncident(db: DbOrTx, id: string) {
  const [r] = await db.select().from(meetingIncidents).where(eq(meetingIncidents.id, id));
  return r ?? null;
}
export async function insertIncident(tx: DbOrTx, v: typeof meetingIncidents.$inferInsert) {
  const [r] = await tx.insert(meetingIncidents).values(v).returning();
  return r!;
}
export async function resolveIncident(tx: DbOrTx, id: string, v: { by: string; at: Date; handledBy: string | null; handling: string }) {
  const [r] = await tx.update(meetingIncidents).set({ resolvedBy: v.by, resolvedAt: v.at, handling: v.handling, ...(v.handledBy ? { handledBy: v.handledBy } : {}) })
    .where(and(eq(meetingIncidents.id, id), isNull(meetingIncidents.resolvedAt))).returning();
  return r ?? null;
}

export async function userNames(db: DbOrTx, ids: (string | null)[]) {
  const list = [...new Set(ids.filter((x): x is string => !!x))];
  if (!list.length) return new Map<string, string>();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, list));
  return new Map(rows.map((r) => [r.id, r.name]));
}
