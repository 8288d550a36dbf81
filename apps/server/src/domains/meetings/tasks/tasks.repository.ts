/** All SQL of task templates, a notice's tasks, department boards, overdue claims and readiness per department (M4, M5). */
import { and, asc, eq, getTableColumns, gte, inArray, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Department } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import { meetingTasks, noticeDepartments, serviceNotices, taskTemplates } from '../../../db/schema/index.ts';
import { visibleTo } from '../../bookings/index.ts';
import type { ClosedViewer } from '../../bookings/index.ts';
import { filesOf, presentFile } from '../../files/index.ts';

export type TemplateRow = typeof taskTemplates.$inferSelect;
export type TaskRow = typeof meetingTasks.$inferSelect;
export type DepartmentRow = typeof noticeDepartments.$inferSelect;
export const listTemplates = (db: DbOrTx, propertyId: string, department?: Department) =>
  db
    .select()
    .from(taskTemplates)
    .where(and(eq(taskTemplates.propertyId, propertyId), department ? eq(taskTemplates.department, department) : undefined))
    .orderBy(asc(taskTemplates.department), asc(taskTemplates.sort), asc(taskTemplates.code));
export async function findTemplate(db: DbOrTx, id: string) {
  const [r] = await db.select().from(taskTemplates).where(eq(taskTemplates.id, id));
  return r ?? null;
}
export async function insertTemplates(db: DbOrTx, rows: (typeof taskTemplates.$inferInsert)[]) {
  if (!rows.length) return [];
  return db
    .insert(taskTemplates)
    .values(rows)
    .onConflictDoNothing({ target: [taskTemplates.propertyId, taskTemplates.code] })
    .returning();
}
export async function updateTemplate(db: DbOrTx, id: string, patch: Partial<typeof taskTemplates.$inferInsert>) {
  const [r] = await db.update(taskTemplates).set(patch).where(eq(taskTemplates.id, id)).returning();
  return r ?? null;
}
export async function hasTemplates(db: DbOrTx, propertyId: string) {
  const [r] = await db.select({ id: taskTemplates.id }).from(taskTemplates).where(eq(taskTemplates.propertyId, propertyId)).limit(1);
  return !!r;
}
export const tasksOf = (db: DbOrTx, noticeIds: string[]) =>
  noticeIds.length
    ? db
        .select()
        .from(meetingTasks)
        .where(inArray(meetingTasks.noticeId, noticeIds))
        .orderBy(asc(meetingTasks.dueAt), asc(meetingTasks.sort))
    : Promise.resolve([] as TaskRow[]);
export async function findTask(db: DbOrTx, id: string) {
  const [t] = await db.select().from(meetingTasks).where(eq(meetingTasks.id, id));
  return t ?? null;
}
/** Inserts the tasks; a key cancelled before comes back open with its new content. */
export async function upsertTasks(tx: DbOrTx, rows: (typeof meetingTasks.$inferInsert)[]) {
  if (!rows.length) return;
  await tx
    .insert(meetingTasks)
    .values(rows)
    .onConflictDoUpdate({
      target: [meetingTasks.noticeId, meetingTasks.key],
      set: {
        title: sql`excluded.title`,
        instructions: sql`excluded.instructions`,
        dueAt: sql`excluded.due_at`,
        quantity: sql`excluded.quantity`,
        unit: sql`excluded.unit`,
        sort: sql`excluded.sort`,
        status: 'open',
        doneBy: null,
        doneAt: null,
        note: null,
        photoUrl: null,
        overdueAlertedAt: null,
        updatedAt: sql`excluded.updated_at`,
      },
    });
}
export async function updateTask(tx: DbOrTx, id: string, patch: Partial<typeof meetingTasks.$inferInsert>) {
  await tx.update(meetingTasks).set(patch).where(eq(meetingTasks.id, id));
}
export async function cancelTasks(tx: DbOrTx, ids: string[], now: Date) {
  if (ids.length) await tx.update(meetingTasks).set({ status: 'cancelled', updatedAt: now }).where(inArray(meetingTasks.id, ids));
}
/** The photos taken on completing these tasks, by task id (oldest first). */
export type TaskPhoto = ReturnType<typeof presentFile>;
export async function photosOf(db: DbOrTx, taskIds: string[]) {
  const out = new Map<string, TaskPhoto[]>();
  for (const f of await filesOf(db, 'task', taskIds)) out.set(f.entityId!, [...(out.get(f.entityId!) ?? []), presentFile(f)]);
  return out;
}
/** open → done, guarded: of two concurrent completions exactly one returns the row. */
export async function completeTask(tx: DbOrTx, id: string, by: string, at: Date, note: string | null, photoUrl: string | null) {
  const [t] = await tx
    .update(meetingTasks)
    .set({ status: 'done', doneBy: by, doneAt: at, note, photoUrl, updatedAt: at })
    .where(and(eq(meetingTasks.id, id), eq(meetingTasks.status, 'open')))
    .returning();
  return t ?? null;
}
/** The tasks of a board: due in [from, to), not cancelled, of meetings the viewer may see (flat rows; the meetings come from boardMeetings). */
export function board(
  db: DbOrTx,
  q: { propertyId: string; department?: Department; from: Date; to: Date; limit: number; viewer?: ClosedViewer },
) {
  return db
    .select(getTableColumns(meetingTasks))
    .from(meetingTasks)
    .innerJoin(serviceNotices, eq(serviceNotices.id, meetingTasks.noticeId))
    .where(
      and(
        eq(meetingTasks.propertyId, q.propertyId),
        q.department ? eq(meetingTasks.department, q.department) : undefined,
        gte(meetingTasks.dueAt, q.from),
        lt(meetingTasks.dueAt, q.to),
        ne(meetingTasks.status, 'cancelled'),
        visibleTo(q.viewer, serviceNotices.bookingId),
      ),
    )
    .orderBy(asc(meetingTasks.dueAt), asc(meetingTasks.sort), asc(meetingTasks.id))
    .limit(q.limit);
}
/** The few notice fields a board card shows, once per meeting. */
export function boardMeetings(db: DbOrTx, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  const c = serviceNotices.content;
  return db
    .select({
      id: serviceNotices.id,
      number: serviceNotices.number,
      status: serviceNotices.status,
      startAt: serviceNotices.startAt,
      endAt: serviceNotices.endAt,
      name: sql<string>`${c}->>'meetingName'`,
      venue: sql<string>`${c}->'venue'->>'name'`,
      confidentiality: sql<string>`${c}->>'confidentiality'`,
      attendeeCount: sql<number>`(${c}->>'attendeeCount')::int`,
    })
    .from(serviceNotices)
    .where(inArray(serviceNotices.id, ids));
}
/** Claims the open tasks past due not yet alerted (once per task): marks them and returns them. */
export async function claimOverdue(tx: DbOrTx, now: Date, propertyId?: string, limit = 500): Promise<TaskRow[]> {
  return tx
    .update(meetingTasks)
    .set({ overdueAlertedAt: now })
    .where(
      sql`${meetingTasks.id} in (
    select t.id from meeting_tasks t join service_notices n on n.id = t.notice_id
    where t.status = 'open' and t.overdue_alerted_at is null and t.due_at <= ${now} and n.status = 'active'
      ${propertyId ? sql`and t.property_id = ${propertyId}` : sql``}
    order by t.due_at limit ${limit} for update of t skip locked)`,
    )
    .returning();
}
export const departmentsOf = (db: DbOrTx, noticeIds: string[]) =>
  noticeIds.length
    ? db.select().from(noticeDepartments).where(inArray(noticeDepartments.noticeId, noticeIds))
    : Promise.resolve([] as DepartmentRow[]);
export async function ensureDepartments(tx: DbOrTx, noticeId: string, departments: Department[]) {
  if (departments.length)
    await tx
      .insert(noticeDepartments)
      .values(departments.map((department) => ({ noticeId, department })))
      .onConflictDoNothing();
}
export async function resetReadiness(tx: DbOrTx, noticeId: string, departments: Department[]) {
  if (departments.length) {
    await tx
      .update(noticeDepartments)
      .set({ readyAt: null, readyBy: null, verifiedAt: null, verifiedBy: null })
      .where(and(eq(noticeDepartments.noticeId, noticeId), inArray(noticeDepartments.department, departments)));
  }
}
export async function markReady(tx: DbOrTx, noticeId: string, department: Department, by: string, at: Date) {
  await ensureDepartments(tx, noticeId, [department]);
  const [r] = await tx
    .update(noticeDepartments)
    .set({ readyAt: at, readyBy: by })
    .where(and(eq(noticeDepartments.noticeId, noticeId), eq(noticeDepartments.department, department), isNull(noticeDepartments.readyAt)))
    .returning();
  return r ?? null;
}
export async function markVerified(tx: DbOrTx, noticeId: string, department: Department, by: string, at: Date) {
  const [r] = await tx
    .update(noticeDepartments)
    .set({ verifiedAt: at, verifiedBy: by })
    .where(
      and(
        eq(noticeDepartments.noticeId, noticeId),
        eq(noticeDepartments.department, department),
        sql`${noticeDepartments.readyAt} is not null`,
        isNull(noticeDepartments.verifiedAt),
      ),
    )
    .returning();
  return r ?? null;
}
