/**
 * A meeting's tasks (SPEC M4, M5): department boards, completing a task (its department only,
 * once), a department reporting ready and the service center verifying it, and the overdue alert
 * of the scanner job. Every write is audited in its transaction.
 */
import { DEPARTMENT_LABELS, DEPARTMENT_ROLES, DEPARTMENTS, SERVICE_CENTER_ROLES, type Department } from '@hy/contracts';
import { type Ctx, authorize, can, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import type { Db } from '../../../db/client.ts';
import { audit } from '../../audit/index.ts';
import { attachFiles } from '../../files/index.ts';
import { notify } from '../../notifications/index.ts';
import { publish } from '../../notifications/index.ts';
import { listViewer } from '../../bookings/index.ts';
import { systemCtx } from '../../../lib/context.ts';
import * as shared from '../meeting/meeting.repository.ts';
import { failMeeting } from '../meeting/meeting.errors.ts';
import { activeNotice, visibleNotice } from '../meeting/meeting.policy.ts';
import { dayWindow, getNotice } from '../notices/notices.service.ts';
import { departmentHeads } from '../staffing/staffing.repository.ts';
import * as repo from './tasks.repository.ts';
import { beforeStart } from './tasks.rules.ts';
import { inDepartment, requireDepartment } from './tasks.policy.ts';
import { presentBoardMeeting, presentTask } from './tasks.presenter.ts';
import { overdueText, readyText } from './tasks.notifications.ts';

/** A department's board: the tasks in due order, and each meeting once (by notice id). */
export async function departmentBoard(
  ctx: Ctx,
  q: { propertyId: string; department?: Department; from?: string; to?: string; limit: number },
) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'meetings.read');
  const { from, to } = await dayWindow(ctx, q.propertyId, q.from, q.to);
  const tasks = await repo.board(ctx.db, { ...q, from, to, viewer: listViewer(actor, q.propertyId) });
  const [meetings, names, photos] = await Promise.all([
    repo.boardMeetings(ctx.db, [...new Set(tasks.map((t) => t.noticeId))]),
    shared.userNames(
      ctx.db,
      tasks.map((t) => t.doneBy),
    ),
    repo.photosOf(
      ctx.db,
      tasks.filter((t) => t.status === 'done').map((t) => t.id),
    ),
  ]);
  const now = ctx.now();
  const mine = new Map(DEPARTMENTS.map((d) => [d, inDepartment(actor, q.propertyId, d)]));
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    meetings: Object.fromEntries(meetings.map((m) => [m.id, presentBoardMeeting(m)])),
    data: tasks.map((t) => presentTask(actor, t, { names, photos }, now, mine.get(t.department))),
  };
}

/** Completes a task with a note and photos (the actor's own uploads, attached to the task in the same transaction). */
export async function completeTask(ctx: Ctx, id: string, input: { note?: string | null; photoIds?: string[]; photoUrl?: string | null }) {
  const t = await repo.findTask(ctx.db, id);
  if (!t) throw errors.notFound('task');
  const { actor } = await visibleNotice(ctx, t.noticeId).catch((e) => {
    throw e?.status === 404 ? errors.notFound('task') : e;
  });
  requireDepartment(actor, t.propertyId, t.department);
  if (t.status === 'cancelled') throw failMeeting('notice_inactive', '任务已取消 / the task was cancelled');
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const row = await repo.completeTask(tx, id, actor.id, now, input.note ?? null, input.photoUrl ?? null);
    if (!row) throw failMeeting('task_already_done');
    const photoIds = input.photoIds ?? [];
    if (photoIds.length)
      await attachFiles(tx, ctx, {
        propertyId: t.propertyId,
        ids: photoIds,
        entity: { type: 'task', id },
        kinds: ['photo'],
        field: 'photoIds',
      });
    await audit(tx, ctx, {
      action: 'meeting_task.completed',
      entityType: 'meeting_task',
      entityId: id,
      propertyId: t.propertyId,
      before: t,
      after: row,
      ...(photoIds.length ? { meta: { photoIds } } : {}),
    });
    await publish(tx, {
      type: 'event',
      topic: 'meetings.task_done',
      propertyId: t.propertyId,
      entity: { type: 'task', id },
      data: { taskId: id, noticeId: t.noticeId, department: t.department },
    });
    const names = new Map([[actor.id, actor.displayName]]);
    return presentTask(actor, row, { names, photos: await repo.photosOf(tx, [id]) }, ctx.now());
  });
}

export async function reportReady(ctx: Ctx, id: string, department: Department) {
  const { actor, n } = await activeNotice(ctx, id);
  requireDepartment(actor, n.propertyId, department);
  const open = (await repo.tasksOf(ctx.db, [n.id])).filter(
    (t) => t.department === department && t.status === 'open' && beforeStart(t, n.startAt),
  );
  if (open.length)
    throw failMeeting('notice_not_ready', `${DEPARTMENT_LABELS[department].zh}仍有 ${open.length} 项会前任务未完成`, {
      openTasks: open.map((t) => ({ id: t.id, title: t.title, dueAt: t.dueAt.toISOString() })),
    });
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const row = await repo.markReady(tx, n.id, department, actor.id, now);
    if (!row) throw failMeeting('already_ready');
    await audit(tx, ctx, {
      action: 'service_notice.department_ready',
      entityType: 'service_notice',
      entityId: n.id,
      propertyId: n.propertyId,
      meta: { department, late: !!n.readyDeadline && now > n.readyDeadline },
    });
    await notify(tx, {
      propertyId: n.propertyId,
      roles: [...SERVICE_CENTER_ROLES],
      kind: 'meetings.department_ready',
      ...readyText(n, department),
      link: `/service-notices/${n.id}`,
      data: { noticeId: n.id, department },
    });
    await publish(tx, {
      type: 'event',
      topic: 'meetings.department_ready',
      propertyId: n.propertyId,
      entity: { type: 'notice', id: n.id },
      data: { noticeId: n.id, department },
    });
  });
  return getNotice(ctx, id);
}

export async function verifyReady(ctx: Ctx, id: string, department: Department) {
  const { actor, n } = await activeNotice(ctx, id);
  if (!can(actor, n.propertyId, 'meetings.verify')) throw errors.forbidden();
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const row = await repo.markVerified(tx, n.id, department, actor.id, now);
    if (!row) {
      const d = (await repo.departmentsOf(tx, [n.id])).find((x) => x.department === department);
      throw d?.verifiedAt ? failMeeting('already_verified') : failMeeting('department_not_ready');
    }
    await audit(tx, ctx, {
      action: 'service_notice.department_verified',
      entityType: 'service_notice',
      entityId: n.id,
      propertyId: n.propertyId,
      meta: { department },
    });
    await publish(tx, {
      type: 'event',
      topic: 'meetings.department_verified',
      propertyId: n.propertyId,
      entity: { type: 'notice', id: n.id },
      data: { noticeId: n.id, department },
    });
  });
  return getNotice(ctx, id);
}

/** Open tasks past due get one alert each (the claim marks them), to their department and the service center; at most `limit` tasks per call (one transaction). */
export async function alertOverdue(db: Db, now: Date, propertyId?: string, limit = 500) {
  return db.transaction(async (tx) => {
    const tasks = await repo.claimOverdue(tx, now, propertyId, limit);
    const groups = new Map<string, repo.TaskRow[]>();
    for (const t of tasks) groups.set(`${t.noticeId}|${t.department}`, [...(groups.get(`${t.noticeId}|${t.department}`) ?? []), t]);
    const ctx = systemCtx(tx, now);
    for (const list of groups.values()) {
      const t0 = list[0]!;
      const n = (await shared.findNotice(tx, t0.noticeId))!;
      // The department's heads (all its staff while none is named) and the service center, in-app, live and by e-mail/SMS.
      const heads = await departmentHeads(tx, n.propertyId, DEPARTMENT_ROLES[t0.department]);
      await notify(tx, {
        propertyId: n.propertyId,
        userIds: heads,
        roles: [...new Set([...(heads.length ? [] : DEPARTMENT_ROLES[t0.department]), ...SERVICE_CENTER_ROLES])],
        kind: 'meetings.task_overdue',
        severity: 'warning',
        channels: ['email', 'sms'],
        ...overdueText(n, t0.department, list),
        link: `/service-notices/${n.id}`,
        data: { noticeId: n.id, department: t0.department, taskIds: list.map((t) => t.id) },
      });
      await audit(tx, ctx, {
        action: 'meeting_task.overdue',
        entityType: 'service_notice',
        entityId: n.id,
        propertyId: n.propertyId,
        meta: { department: t0.department, taskIds: list.map((t) => t.id) },
      });
      await publish(tx, {
        type: 'event',
        topic: 'meetings.task_overdue',
        propertyId: n.propertyId,
        entity: { type: 'notice', id: n.id },
        data: { noticeId: n.id, department: t0.department, count: list.length },
      });
    }
    return tasks.length;
  });
}
