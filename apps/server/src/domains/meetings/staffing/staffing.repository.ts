/** All SQL of staff records, shifts and assignments (M6, M12 授权上岗). */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { meetingTasks, serviceNotices, users, staffProfiles, staffShifts, taskAssignments, userRoles } from '../../../db/schema/index.ts';

const one = <T>(rows: T[]) => rows[0] ?? null;

export type ProfileRow = typeof staffProfiles.$inferSelect;
export type ShiftRow = typeof staffShifts.$inferSelect;
export type AssignmentRow = typeof taskAssignments.$inferSelect;
/** Assigned to one of the meeting's tasks and authorised for confidential meetings (授权上岗). */
export async function assignedAuthorised(db: DbOrTx, noticeId: string, userId: string) {
  const [r] = await db
    .select({ id: taskAssignments.taskId })
    .from(taskAssignments)
    .innerJoin(
      staffProfiles,
      and(eq(staffProfiles.userId, taskAssignments.userId), eq(staffProfiles.propertyId, taskAssignments.propertyId)),
    )
    .where(and(eq(taskAssignments.noticeId, noticeId), eq(taskAssignments.userId, userId), eq(staffProfiles.confidentialAuthorised, true)))
    .limit(1);
  return !!r;
}
export const profile = async (db: DbOrTx, propertyId: string, userId: string) =>
  one(
    await db
      .select()
      .from(staffProfiles)
      .where(and(eq(staffProfiles.propertyId, propertyId), eq(staffProfiles.userId, userId))),
  );
export async function upsertProfile(tx: DbOrTx, v: typeof staffProfiles.$inferInsert) {
  const { propertyId: _p, userId: _u, ...set } = v;
  return one(
    await tx
      .insert(staffProfiles)
      .values(v)
      .onConflictDoUpdate({ target: [staffProfiles.propertyId, staffProfiles.userId], set })
      .returning(),
  )!;
}
/** Staff of a property (any non-outside role) with their roles and profile. */
export function staffOf(db: DbOrTx, propertyId: string) {
  return db
    .select({
      id: users.id,
      name: users.displayName,
      roles: sql<string[]>`array_agg(${userRoles.role} order by ${userRoles.role})`,
      profile: staffProfiles,
    })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.propertyId, propertyId)))
    .leftJoin(staffProfiles, and(eq(staffProfiles.userId, users.id), eq(staffProfiles.propertyId, propertyId)))
    .where(and(eq(users.disabled, false), sql`${userRoles.role} not in ('organizer','tenant','bureau_approver')`))
    .groupBy(users.id, users.displayName, staffProfiles.propertyId, staffProfiles.userId)
    .orderBy(asc(users.displayName));
}
/** 部门负责人: active staff flagged as department head who hold one of the department's roles. */
export async function departmentHeads(db: DbOrTx, propertyId: string, roles: readonly string[]) {
  const rows = await db
    .selectDistinct({ id: users.id })
    .from(staffProfiles)
    .innerJoin(users, and(eq(users.id, staffProfiles.userId), eq(users.disabled, false)))
    .innerJoin(userRoles, and(eq(userRoles.userId, staffProfiles.userId), eq(userRoles.propertyId, propertyId)))
    .where(and(eq(staffProfiles.propertyId, propertyId), eq(staffProfiles.departmentHead, true), inArray(userRoles.role, [...roles])));
  return rows.map((r) => r.id);
}
export async function rolesOf(db: DbOrTx, propertyId: string, userId: string) {
  return (
    await db
      .select({ role: userRoles.role })
      .from(userRoles)
      .where(and(eq(userRoles.propertyId, propertyId), eq(userRoles.userId, userId)))
  ).map((r) => r.role);
}
export async function insertShifts(tx: DbOrTx, rows: (typeof staffShifts.$inferInsert)[]) {
  return rows.length ? tx.insert(staffShifts).values(rows).onConflictDoNothing().returning() : [];
}
export function shiftsIn(db: DbOrTx, q: { propertyId: string; from: Date; to: Date; userId?: string }) {
  return db
    .select({ shift: staffShifts, name: users.displayName })
    .from(staffShifts)
    .innerJoin(users, eq(users.id, staffShifts.userId))
    .where(
      and(
        eq(staffShifts.propertyId, q.propertyId),
        q.userId ? eq(staffShifts.userId, q.userId) : undefined,
        sql`${staffShifts.startsAt} < ${q.to}`,
        sql`${staffShifts.endsAt} > ${q.from}`,
      ),
    )
    .orderBy(asc(staffShifts.startsAt), asc(users.displayName));
}
/** The user's other assignments with their meetings' work windows (from the earliest task to the end). */
export function assignmentWindows(db: DbOrTx, userId: string, exceptNotice: string) {
  return db
    .select({
      noticeId: serviceNotices.id,
      number: serviceNotices.number,
      start: sql<Date>`least(min(${meetingTasks.dueAt}), ${serviceNotices.startAt})`.mapWith((v) => new Date(v)),
      end: serviceNotices.endAt,
    })
    .from(taskAssignments)
    .innerJoin(serviceNotices, eq(serviceNotices.id, taskAssignments.noticeId))
    .innerJoin(meetingTasks, eq(meetingTasks.id, taskAssignments.taskId))
    .where(
      and(eq(taskAssignments.userId, userId), sql`${taskAssignments.noticeId} <> ${exceptNotice}`, eq(serviceNotices.status, 'active')),
    )
    .groupBy(serviceNotices.id, serviceNotices.number, serviceNotices.startAt, serviceNotices.endAt);
}
export async function insertAssignment(tx: DbOrTx, v: typeof taskAssignments.$inferInsert) {
  return one(await tx.insert(taskAssignments).values(v).onConflictDoNothing().returning());
}
export async function deleteAssignment(tx: DbOrTx, taskId: string, userId: string) {
  return one(
    await tx
      .delete(taskAssignments)
      .where(and(eq(taskAssignments.taskId, taskId), eq(taskAssignments.userId, userId)))
      .returning(),
  );
}
export function assignmentsOf(db: DbOrTx, noticeId: string) {
  return db
    .select({ a: taskAssignments, name: users.displayName })
    .from(taskAssignments)
    .innerJoin(users, eq(users.id, taskAssignments.userId))
    .where(eq(taskAssignments.noticeId, noticeId))
    .orderBy(asc(taskAssignments.assignedAt));
}
/** Assigned tasks per person in [from, to) (staff workload, M10). */
export function workload(db: DbOrTx, propertyId: string, from: Date, to: Date) {
  return db
    .select({
      userId: taskAssignments.userId,
      name: users.displayName,
      tasks: sql<number>`count(*)::int`,
      meetings: sql<number>`count(distinct ${taskAssignments.noticeId})::int`,
    })
    .from(taskAssignments)
    .innerJoin(meetingTasks, eq(meetingTasks.id, taskAssignments.taskId))
    .innerJoin(users, eq(users.id, taskAssignments.userId))
    .where(and(eq(taskAssignments.propertyId, propertyId), sql`${meetingTasks.dueAt} >= ${from}`, sql`${meetingTasks.dueAt} < ${to}`))
    .groupBy(taskAssignments.userId, users.displayName)
    .orderBy(asc(users.displayName));
}
