/** All SQL of fees, purchases, after-meeting records and attendees (M7, M9, M11). */
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import {
  bookings, lostItems, materialMovements, meetingMaterials, warehouseItems, meetingAfterChecks, meetingAttendees, meetingFeePayments, meetingFeeStatements, meetingHandovers, meetingPages, meetingPriceLists,
  meetingPurchases, meetingTasks, serviceNotices, staffProfiles, staffShifts, taskAssignments, userRoles, users,
} from '../../../db/schema/index.ts';

export type StatementRow = typeof meetingFeeStatements.$inferSelect;
export type PurchaseRow = typeof meetingPurchases.$inferSelect;
export type LostItemRow = typeof lostItems.$inferSelect;
export type HandoverRow = typeof meetingHandovers.$inferSelect;
export type AfterCheckRow = typeof meetingAfterChecks.$inferSelect;
export type AttendeeRow = typeof meetingAttendees.$inferSelect;
export type PageRow = typeof meetingPages.$inferSelect;

const one = <T>(rows: T[]) => rows[0] ?? null;

/** The notice with its booking's organization (who the organizer side is). */
export async function noticeWithOrganization(db: DbOrTx, noticeId: string) {
  return one(await db.select({ notice: serviceNotices, organizationId: bookings.organizationId, confidentiality: bookings.confidentiality })
    .from(serviceNotices).innerJoin(bookings, eq(bookings.id, serviceNotices.bookingId)).where(eq(serviceNotices.id, noticeId)));
}
/** Organizer accounts of an organization in a property (the 组织单位责任人 side). */
export async function organizerUserIds(db: DbOrTx, propertyId: string, organizationId: string | null) {
  if (!organizationId) return [];
  const rows = await db.select({ id: users.id }).from(users).innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(userRoles.propertyId, propertyId), eq(userRoles.role, 'organizer'), eq(users.organizationId, organizationId), eq(users.disabled, false)));
  return rows.map((r) => r.id);
}

// ---------- price list ----------
export const priceList = async (db: DbOrTx, propertyId: string) => one(await db.select().from(meetingPriceLists).where(eq(meetingPriceLists.propertyId, propertyId)));
export async function upsertPriceList(tx: DbOrTx, v: typeof meetingPriceLists.$inferInsert) {
  return one(await tx.insert(meetingPriceLists).values(v).onConflictDoUpdate({
    target: meetingPriceLists.propertyId, set: { prices: v.prices, updatedBy: v.updatedBy, updatedAt: v.updatedAt, version: sql`${meetingPriceLists.version} + 1` },
  }).returning())!;
}

// ---------- purchases ----------
export const purchasesOf = (db: DbOrTx, noticeId: string) => db.select().from(meetingPurchases).where(eq(meetingPurchases.noticeId, noticeId)).orderBy(asc(meetingPurchases.requestedAt));
export const findPurchase = async (db: DbOrTx, id: string) => one(await db.select().from(meetingPurchases).where(eq(meetingPurchases.id, id)));
export const insertPurchase = async (tx: DbOrTx, v: typeof meetingPurchases.$inferInsert) => one(await tx.insert(meetingPurchases).values(v).returning())!;
export async function updatePurchase(tx: DbOrTx, id: string, from: PurchaseRow['status'], patch: Partial<typeof meetingPurchases.$inferInsert>) {
  return one(await tx.update(meetingPurchases).set(patch).where(and(eq(meetingPurchases.id, id), eq(meetingPurchases.status, from))).returning());
}

// ---------- fee statements ----------
export const statementOfNotice = async (db: DbOrTx, noticeId: string) => one(await db.select().from(meetingFeeStatements).where(eq(meetingFeeStatements.noticeId, noticeId)));
export const findStatement = async (db: DbOrTx, id: string) => one(await db.select().from(meetingFeeStatements).where(eq(meetingFeeStatements.id, id)));
export async function insertStatement(tx: DbOrTx, v: typeof meetingFeeStatements.$inferInsert) {
  return one(await tx.insert(meetingFeeStatements).values(v).onConflictDoNothing({ target: meetingFeeStatements.noticeId }).returning());
}
/** A guarded update: only from one of `from` statuses, and only at `version` when given. */
export async function updateStatement(tx: DbOrTx, id: string, from: StatementRow['status'][], patch: Partial<typeof meetingFeeStatements.$inferInsert>, version?: number) {
  return one(await tx.update(meetingFeeStatements).set({ ...patch, version: sql`${meetingFeeStatements.version} + 1` })
    .where(and(eq(meetingFeeStatements.id, id), inArray(meetingFeeStatements.status, from), version === undefined ? undefined : eq(meetingFeeStatements.version, version))).returning());
}
/** Adds a payment atomically: never above the total, whatever runs concurrently. */
export async function addPaid(tx: DbOrTx, id: string, amountFen: number, at: Date) {
  const t = meetingFeeStatements;
  return one(await tx.update(t).set({
    paidFen: sql`${t.paidFen} + ${amountFen}`, updatedAt: at, version: sql`${t.version} + 1`,
    paymentStatus: sql`case when ${t.paidFen} + ${amountFen} >= ${t.totalFen} then 'paid' else 'partial' end`,
  }).where(and(eq(t.id, id), inArray(t.status, ['issued', 'confirmed']), sql`${t.paidFen} + ${amountFen} <= ${t.totalFen}`)).returning());
}
export const insertPayment = async (tx: DbOrTx, v: typeof meetingFeePayments.$inferInsert) => one(await tx.insert(meetingFeePayments).values(v).returning())!;
export const paymentsOf = (db: DbOrTx, statementId: string) => db.select().from(meetingFeePayments).where(eq(meetingFeePayments.statementId, statementId)).orderBy(asc(meetingFeePayments.paidAt));
export function listStatements(db: DbOrTx, q: { propertyId: string; organizationId?: string; unpaid?: boolean; limit: number }) {
  const t = meetingFeeStatements;
  return db.select({ s: t, startAt: serviceNotices.startAt, noticeNumber: serviceNotices.number, organizerUnit: bookings.organizerUnit })
    .from(t).innerJoin(serviceNotices, eq(serviceNotices.id, t.noticeId)).innerJoin(bookings, eq(bookings.id, serviceNotices.bookingId))
    .where(and(eq(t.propertyId, q.propertyId), q.organizationId ? eq(bookings.organizationId, q.organizationId) : undefined,
      q.unpaid ? and(sql`${t.paymentStatus} <> 'paid'`, inArray(t.status, ['issued', 'confirmed'])) : undefined))
    .orderBy(desc(serviceNotices.startAt)).limit(q.limit);
}
/** The reminder of round `round`: counts it once (guarded by the round), only while money is due. */
export async function claimReminder(tx: DbOrTx, id: string, round: number, now: Date) {
  const t = meetingFeeStatements;
  return one(await tx.update(t).set({ reminders: round + 1, lastRemindedAt: now })
    .where(and(eq(t.id, id), eq(t.reminders, round), inArray(t.status, ['issued', 'confirmed']), sql`${t.paymentStatus} <> 'paid'`)).returning());
}

// ---------- after the meeting ----------
export const afterCheck = async (db: DbOrTx, noticeId: string) => one(await db.select().from(meetingAfterChecks).where(eq(meetingAfterChecks.noticeId, noticeId)));
export async function upsertAfterCheck(tx: DbOrTx, v: typeof meetingAfterChecks.$inferInsert) {
  const t = meetingAfterChecks;
  return one(await tx.insert(t).values(v).onConflictDoUpdate({
    target: t.noticeId, set: { cleanup: v.cleanup, equipment: v.equipment, shortages: v.shortages, recordedBy: v.recordedBy, recordedAt: v.recordedAt, version: sql`${t.version} + 1` },
  }).returning())!;
}
export const handoversOf = (db: DbOrTx, noticeId: string) => db.select().from(meetingHandovers).where(eq(meetingHandovers.noticeId, noticeId)).orderBy(asc(meetingHandovers.handedAt));
export const insertHandover = async (tx: DbOrTx, v: typeof meetingHandovers.$inferInsert) => one(await tx.insert(meetingHandovers).values(v).returning())!;

export const findLostItem = async (db: DbOrTx, id: string) => one(await db.select().from(lostItems).where(eq(lostItems.id, id)));
export const insertLostItem = async (tx: DbOrTx, v: typeof lostItems.$inferInsert) => one(await tx.insert(lostItems).values(v).returning())!;
export async function moveLostItem(tx: DbOrTx, id: string, from: LostItemRow['status'][], patch: Partial<typeof lostItems.$inferInsert>) {
  return one(await tx.update(lostItems).set(patch).where(and(eq(lostItems.id, id), inArray(lostItems.status, from))).returning());
}
export function listLostItems(db: DbOrTx, q: { propertyId: string; status?: LostItemRow['status']; noticeId?: string; limit: number }) {
  return db.select().from(lostItems).where(and(eq(lostItems.propertyId, q.propertyId), q.status ? eq(lostItems.status, q.status) : undefined, q.noticeId ? eq(lostItems.noticeId, q.noticeId) : undefined))
    .orderBy(desc(lostItems.foundAt)).limit(q.limit);
}

// ---------- attendees, agenda, handbook ----------
export const page = async (db: DbOrTx, noticeId: string) => one(await db.select().from(meetingPages).where(eq(meetingPages.noticeId, noticeId)));
/** The page row, made on first use with a fresh signing secret. */
export async function ensurePage(tx: DbOrTx, noticeId: string, propertyId: string, secret: string) {
  await tx.insert(meetingPages).values({ noticeId, propertyId, signInSecret: secret }).onConflictDoNothing();
  return (await page(tx, noticeId))!;
}
export async function updatePage(tx: DbOrTx, noticeId: string, patch: Partial<typeof meetingPages.$inferInsert>) {
  return one(await tx.update(meetingPages).set(patch).where(eq(meetingPages.noticeId, noticeId)).returning())!;
}
export const attendeesOf = (db: DbOrTx, noticeId: string) => db.select().from(meetingAttendees).where(eq(meetingAttendees.noticeId, noticeId)).orderBy(asc(meetingAttendees.createdAt), asc(meetingAttendees.name));
export const findAttendee = async (db: DbOrTx, id: string) => one(await db.select().from(meetingAttendees).where(eq(meetingAttendees.id, id)));
export async function insertAttendees(tx: DbOrTx, rows: (typeof meetingAttendees.$inferInsert)[]) {
  return rows.length ? tx.insert(meetingAttendees).values(rows).returning() : [];
}
/** Signs in once: the first sign-in wins, a repeat returns null. */
export async function signIn(tx: DbOrTx, id: string, noticeId: string, at: Date, via: 'qr' | 'desk') {
  return one(await tx.update(meetingAttendees).set({ signedInAt: at, signedInVia: via })
    .where(and(eq(meetingAttendees.id, id), eq(meetingAttendees.noticeId, noticeId), isNull(meetingAttendees.signedInAt))).returning());
}
export async function findByNamePhone(db: DbOrTx, noticeId: string, name: string, phone: string | null) {
  return db.select().from(meetingAttendees).where(and(eq(meetingAttendees.noticeId, noticeId), eq(meetingAttendees.name, name), phone ? eq(meetingAttendees.phone, phone) : undefined));
}
export async function signInCount(db: DbOrTx, noticeId: string) {
  const [r] = await db.select({ total: sql<number>`count(*)::int`, signedIn: sql<number>`count(${meetingAttendees.signedInAt})::int` })
    .from(meetingAttendees).where(eq(meetingAttendees.noticeId, noticeId));
  return { total: r?.total ?? 0, signedIn: r?.signedIn ?? 0 };
}


// ---------- staffing and confidentiality ----------
export type ProfileRow = typeof staffProfiles.$inferSelect;
export type ShiftRow = typeof staffShifts.$inferSelect;
export type AssignmentRow = typeof taskAssignments.$inferSelect;

/** Assigned to one of the meeting's tasks and authorised for confidential meetings (授权上岗). */
export async function assignedAuthorised(db: DbOrTx, noticeId: string, userId: string) {
  const [r] = await db.select({ id: taskAssignments.taskId }).from(taskAssignments)
    .innerJoin(staffProfiles, and(eq(staffProfiles.userId, taskAssignments.userId), eq(staffProfiles.propertyId, taskAssignments.propertyId)))
    .where(and(eq(taskAssignments.noticeId, noticeId), eq(taskAssignments.userId, userId), eq(staffProfiles.confidentialAuthorised, true))).limit(1);
  return !!r;
}
export const profile = async (db: DbOrTx, propertyId: string, userId: string) =>
  one(await db.select().from(staffProfiles).where(and(eq(staffProfiles.propertyId, propertyId), eq(staffProfiles.userId, userId))));
export async function upsertProfile(tx: DbOrTx, v: typeof staffProfiles.$inferInsert) {
  const { propertyId: _p, userId: _u, ...set } = v;
  return one(await tx.insert(staffProfiles).values(v).onConflictDoUpdate({ target: [staffProfiles.propertyId, staffProfiles.userId], set }).returning())!;
}
/** Staff of a property (any non-outside role) with their roles and profile. */
export function staffOf(db: DbOrTx, propertyId: string) {
  return db.select({ id: users.id, name: users.displayName, roles: sql<string[]>`array_agg(${userRoles.role} order by ${userRoles.role})`, profile: staffProfiles })
    .from(users).innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.propertyId, propertyId)))
    .leftJoin(staffProfiles, and(eq(staffProfiles.userId, users.id), eq(staffProfiles.propertyId, propertyId)))
    .where(and(eq(users.disabled, false), sql`${userRoles.role} not in ('organizer','tenant','bureau_approver')`))
    .groupBy(users.id, users.displayName, staffProfiles.propertyId, staffProfiles.userId).orderBy(asc(users.displayName));
}
/** 部门负责人: active staff flagged as department head who hold one of the department's roles. */
export async function departmentHeads(db: DbOrTx, propertyId: string, roles: readonly string[]) {
  const rows = await db.selectDistinct({ id: users.id }).from(staffProfiles)
    .innerJoin(users, and(eq(users.id, staffProfiles.userId), eq(users.disabled, false)))
    .innerJoin(userRoles, and(eq(userRoles.userId, staffProfiles.userId), eq(userRoles.propertyId, propertyId)))
    .where(and(eq(staffProfiles.propertyId, propertyId), eq(staffProfiles.departmentHead, true), inArray(userRoles.role, [...roles])));
  return rows.map((r) => r.id);
}
export async function rolesOf(db: DbOrTx, propertyId: string, userId: string) {
  return (await db.select({ role: userRoles.role }).from(userRoles).where(and(eq(userRoles.propertyId, propertyId), eq(userRoles.userId, userId)))).map((r) => r.role);
}
export async function insertShifts(tx: DbOrTx, rows: (typeof staffShifts.$inferInsert)[]) {
  return rows.length ? tx.insert(staffShifts).values(rows).onConflictDoNothing().returning() : [];
}
export function shiftsIn(db: DbOrTx, q: { propertyId: string; from: Date; to: Date; userId?: string }) {
  return db.select({ shift: staffShifts, name: users.displayName }).from(staffShifts).innerJoin(users, eq(users.id, staffShifts.userId))
    .where(and(eq(staffShifts.propertyId, q.propertyId), q.userId ? eq(staffShifts.userId, q.userId) : undefined, sql`${staffShifts.startsAt} < ${q.to}`, sql`${staffShifts.endsAt} > ${q.from}`))
    .orderBy(asc(staffShifts.startsAt), asc(users.displayName));
}
/** The user's other assignments with their meetings' work windows (from the earliest task to the end). */
export function assignmentWindows(db: DbOrTx, userId: string, exceptNotice: string) {
  return db.select({ noticeId: serviceNotices.id, number: serviceNotices.number, start: sql<Date>`least(min(${meetingTasks.dueAt}), ${serviceNotices.startAt})`.mapWith((v) => new Date(v)), end: serviceNotices.endAt })
    .from(taskAssignments).innerJoin(serviceNotices, eq(serviceNotices.id, taskAssignments.noticeId)).innerJoin(meetingTasks, eq(meetingTasks.id, taskAssignments.taskId))
    .where(and(eq(taskAssignments.userId, userId), sql`${taskAssignments.noticeId} <> ${exceptNotice}`, eq(serviceNotices.status, 'active')))
    .groupBy(serviceNotices.id, serviceNotices.number, serviceNotices.startAt, serviceNotices.endAt);
}
export async function insertAssignment(tx: DbOrTx, v: typeof taskAssignments.$inferInsert) {
  return one(await tx.insert(taskAssignments).values(v).onConflictDoNothing().returning());
}
export async function deleteAssignment(tx: DbOrTx, taskId: string, userId: string) {
  return one(await tx.delete(taskAssignments).where(and(eq(taskAssignments.taskId, taskId), eq(taskAssignments.userId, userId))).returning());
}
export function assignmentsOf(db: DbOrTx, noticeId: string) {
  return db.select({ a: taskAssignments, name: users.displayName }).from(taskAssignments).innerJoin(users, eq(users.id, taskAssignments.userId))
    .where(eq(taskAssignments.noticeId, noticeId)).orderBy(asc(taskAssignments.assignedAt));
}
/** Assigned tasks per person in [from, to) (staff workload, M10). */
export function workload(db: DbOrTx, propertyId: string, from: Date, to: Date) {
  return db.select({ userId: taskAssignments.userId, name: users.displayName, tasks: sql<number>`count(*)::int`, meetings: sql<number>`count(distinct ${taskAssignments.noticeId})::int` })
    .from(taskAssignments).innerJoin(meetingTasks, eq(meetingTasks.id, taskAssignments.taskId)).innerJoin(users, eq(users.id, taskAssignments.userId))
    .where(and(eq(taskAssignments.propertyId, propertyId), sql`${meetingTasks.dueAt} >= ${from}`, sql`${meetingTasks.dueAt} < ${to}`))
    .groupBy(taskAssignments.userId, users.displayName).orderBy(asc(users.displayName));
}

// ---------- materials ----------
export type ItemRow = typeof warehouseItems.$inferSelect;
export const itemsOf = (db: DbOrTx, propertyId: string) => db.select().from(warehouseItems).where(eq(warehouseItems.propertyId, propertyId)).orderBy(asc(warehouseItems.code));
export const findItem = async (db: DbOrTx, id: string) => one(await db.select().from(warehouseItems).where(eq(warehouseItems.id, id)));
export async function insertItem(tx: DbOrTx, v: typeof warehouseItems.$inferInsert) {
  return one(await tx.insert(warehouseItems).values(v).onConflictDoNothing({ target: [warehouseItems.propertyId, warehouseItems.code] }).returning());
}
/** stock + delta, atomically; a decrease only while the stock covers it (null otherwise). */
export async function moveStock(tx: DbOrTx, id: string, delta: number, at: Date) {
  return one(await tx.update(warehouseItems).set({ stock: sql`${warehouseItems.stock} + ${delta}`, updatedAt: at })
    .where(and(eq(warehouseItems.id, id), sql`${warehouseItems.stock} + ${delta} >= 0`)).returning());
}
export async function addCheckout(tx: DbOrTx, v: { noticeId: string; itemId: string; propertyId: string; qty: number }) {
  const t = meetingMaterials;
  return one(await tx.insert(t).values({ noticeId: v.noticeId, itemId: v.itemId, propertyId: v.propertyId, checkedOut: v.qty })
    .onConflictDoUpdate({ target: [t.noticeId, t.itemId], set: { checkedOut: sql`${t.checkedOut} + ${v.qty}` } }).returning())!;
}
/** returned/lost + counts, atomically, never above what was checked out (null otherwise). */
export async function addReturn(tx: DbOrTx, noticeId: string, itemId: string, returned: number, lost: number) {
  const t = meetingMaterials;
  return one(await tx.update(t).set({ returned: sql`${t.returned} + ${returned}`, lost: sql`${t.lost} + ${lost}` })
    .where(and(eq(t.noticeId, noticeId), eq(t.itemId, itemId), sql`${t.returned} + ${t.lost} + ${returned + lost} <= ${t.checkedOut}`)).returning());
}
export const movement = (tx: DbOrTx, v: typeof materialMovements.$inferInsert) => tx.insert(materialMovements).values(v);
export function materialsOf(db: DbOrTx, noticeId: string) {
  return db.select({ m: meetingMaterials, item: warehouseItems }).from(meetingMaterials).innerJoin(warehouseItems, eq(warehouseItems.id, meetingMaterials.itemId))
    .where(eq(meetingMaterials.noticeId, noticeId)).orderBy(asc(warehouseItems.code));
}
