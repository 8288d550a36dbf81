/**
 * Staffing (SPEC M6) and confidentiality (M12): staff records with training and the background-check
 * certificate (无犯罪记录证明) for sensitive posts, 授权上岗 for confidential meetings, roster shifts
 * at the seed-000 working hours (holiday work is overtime), and assignment of people to a notice's
 * tasks with warnings (double assignment, outside shift). Only authorised staff may be assigned to a
 * confidential meeting (422 otherwise). Every write is audited in its transaction.
 */
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { DEPARTMENT_LABELS, DEPARTMENT_ROLES, WORKING_HOURS, type AssignmentWarning, type Role } from '@hy/contracts';
import { type Ctx, authorize, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { audit } from '../../audit/index.ts';
import { notify } from '../../notifications/index.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import { failMeeting } from '../meeting/meeting.errors.ts';
import { iso } from '../meeting/meeting.format.ts';
import { meetingFor } from '../meeting/meeting.policy.ts';
import { isClosed } from '../../bookings/index.ts';
import * as repo from './staffing.repository.ts';
import * as tasks from '../tasks/tasks.repository.ts';
import { assignmentWarnings, isOvertime, rosterShifts } from './staffing.rules.ts';

type ProfileInput = {
  post?: string | null;
  trainings: { name: string; date: string }[];
  backgroundCheckNo?: string | null;
  backgroundCheckUntil?: string | null;
  sensitivePost: boolean;
  confidentialAuthorised: boolean;
  departmentHead: boolean;
};

const presentProfile = (p: repo.ProfileRow | null) =>
  p && {
    propertyId: p.propertyId,
    userId: p.userId,
    post: p.post,
    trainings: p.trainings,
    backgroundCheckNo: p.backgroundCheckNo,
    backgroundCheckUntil: p.backgroundCheckUntil,
    sensitivePost: p.sensitivePost,
    confidentialAuthorised: p.confidentialAuthorised,
    departmentHead: p.departmentHead,
    authorisedBy: p.authorisedBy,
    authorisedAt: iso(p.authorisedAt),
    updatedBy: p.updatedBy,
    updatedAt: p.updatedAt.toISOString(),
  };
const presentShift = (s: repo.ShiftRow) => ({
  id: s.id,
  propertyId: s.propertyId,
  userId: s.userId,
  startsAt: s.startsAt.toISOString(),
  endsAt: s.endsAt.toISOString(),
  overtime: s.overtime,
  note: s.note,
  createdBy: s.createdBy,
  createdAt: s.createdAt.toISOString(),
});

async function requireStaff(ctx: Ctx, propertyId: string, userId: string) {
  const roles = (await repo.rolesOf(ctx.db, propertyId, userId)).filter(
    (r) => !['organizer', 'tenant', 'bureau_approver'].includes(r),
  ) as Role[];
  if (!roles.length) throw errors.field('userId', '不是本项目的员工 / not staff of this property', 'unknown_reference');
  return roles;
}

export async function listStaff(ctx: Ctx, propertyId: string) {
  const actor = requireActor(ctx);
  authorize(actor, propertyId, 'meetings.staffing');
  return {
    data: (await repo.staffOf(ctx.db, propertyId)).map((r) => ({
      id: r.id,
      name: r.name,
      roles: r.roles as Role[],
      profile: presentProfile(r.profile),
    })),
  };
}

/** Staff record; a sensitive post or 授权上岗 needs a background-check certificate valid today. */
export async function putProfile(ctx: Ctx, propertyId: string, userId: string, input: ProfileInput) {
  const actor = requireActor(ctx);
  authorize(actor, propertyId, 'meetings.staff.records');
  await requireStaff(ctx, propertyId, userId);
  const cal = await loadWorkCalendar(ctx.db, propertyId);
  const today = dayjs(ctx.now()).tz(cal.timeZone).format('YYYY-MM-DD');
  if (
    (input.sensitivePost || input.confidentialAuthorised) &&
    (!input.backgroundCheckNo || !input.backgroundCheckUntil || input.backgroundCheckUntil < today)
  ) {
    throw failMeeting('background_check_missing', undefined, { fields: ['backgroundCheckNo', 'backgroundCheckUntil'] });
  }
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const before = await repo.profile(tx, propertyId, userId);
    const granted = input.confidentialAuthorised && !before?.confidentialAuthorised;
    const row = await repo.upsertProfile(tx, {
      propertyId,
      userId,
      post: input.post ?? null,
      trainings: input.trainings,
      backgroundCheckNo: input.backgroundCheckNo ?? null,
      backgroundCheckUntil: input.backgroundCheckUntil ?? null,
      sensitivePost: input.sensitivePost,
      confidentialAuthorised: input.confidentialAuthorised,
      departmentHead: input.departmentHead,
      authorisedBy: input.confidentialAuthorised ? (granted ? actor.id : (before?.authorisedBy ?? actor.id)) : null,
      authorisedAt: input.confidentialAuthorised ? (granted ? now : (before?.authorisedAt ?? now)) : null,
      updatedBy: actor.id,
      updatedAt: now,
    });
    await audit(tx, ctx, { action: 'staff_profile.updated', entityType: 'user', entityId: userId, propertyId, before, after: row });
    return presentProfile(row)!;
  });
}

/** One shift per working day at the person's role hours (seed 000); existing shifts are kept. */
export async function generateRoster(ctx: Ctx, input: { propertyId: string; userIds: string[]; from: string; to: string }) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'meetings.staffing');
  if (input.to < input.from || dayjs(input.to).diff(input.from, 'day') > 62)
    throw errors.field('to', '日期范围须在 0–62 天内 / at most 62 days', 'range');
  const cal = await loadWorkCalendar(ctx.db, input.propertyId);
  const rows: Parameters<typeof repo.insertShifts>[1] = [];
  for (const userId of input.userIds) {
    const roles = await requireStaff(ctx, input.propertyId, userId);
    const hours = roles.map((r) => WORKING_HOURS[r]).find(Boolean);
    if (!hours) throw errors.field('userIds', `该员工岗位没有规定的工作时间 / no working hours for ${roles.join(',')}`, 'no_hours');
    rows.push(
      ...rosterShifts(cal, hours, input.from, input.to).map((s) => ({
        propertyId: input.propertyId,
        userId,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        overtime: false,
        createdBy: actor.id,
      })),
    );
  }
  return ctx.db.transaction(async (tx) => {
    const created = await repo.insertShifts(tx, rows);
    await audit(tx, ctx, {
      action: 'staff_roster.generated',
      entityType: 'property',
      entityId: input.propertyId,
      propertyId: input.propertyId,
      meta: { from: input.from, to: input.to, userIds: input.userIds, created: created.length },
    });
    return { created: created.length, skipped: rows.length - created.length };
  });
}

/** A single shift; on a rest day or holiday it is overtime. */
export async function addShift(
  ctx: Ctx,
  input: { propertyId: string; userId: string; startsAt: string; endsAt: string; note?: string | null },
) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'meetings.staffing');
  await requireStaff(ctx, input.propertyId, input.userId);
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  if (endsAt <= startsAt || endsAt.getTime() - startsAt.getTime() > 24 * 3600_000)
    throw errors.field('endsAt', '结束须晚于开始且不超过24小时 / after the start, within 24 h', 'range');
  const cal = await loadWorkCalendar(ctx.db, input.propertyId);
  return ctx.db.transaction(async (tx) => {
    const [row] = await repo.insertShifts(tx, [
      {
        propertyId: input.propertyId,
        userId: input.userId,
        startsAt,
        endsAt,
        overtime: isOvertime(cal, startsAt),
        note: input.note ?? null,
        createdBy: actor.id,
      },
    ]);
    if (!row) throw errors.duplicate('startsAt', '该员工此时已有班次 / a shift starts then');
    await audit(tx, ctx, {
      action: 'staff_shift.created',
      entityType: 'staff_shift',
      entityId: row.id,
      propertyId: input.propertyId,
      before: null,
      after: row,
    });
    return presentShift(row);
  });
}

export async function listShifts(ctx: Ctx, q: { propertyId: string; from: string; to: string; userId?: string }) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'meetings.staffing');
  const rows = await repo.shiftsIn(ctx.db, { ...q, from: new Date(q.from), to: new Date(q.to) });
  const hours = (s: repo.ShiftRow) => (s.endsAt.getTime() - s.startsAt.getTime()) / 3600_000;
  return {
    data: rows.map(({ shift: s, name }) => ({
      id: s.id,
      userId: s.userId,
      name,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      overtime: s.overtime,
      hours: hours(s),
      note: s.note,
    })),
    totals: Object.values(
      rows.reduce<Record<string, { userId: string; name: string; hours: number; overtimeHours: number }>>((acc, { shift: s, name }) => {
        const t = (acc[s.userId] ??= { userId: s.userId, name, hours: 0, overtimeHours: 0 });
        t.hours += hours(s);
        if (s.overtime) t.overtimeHours += hours(s);
        return acc;
      }, {}),
    ),
  };
}

/** Assigns a person to a task: their department's staff only, authorised ones only for a confidential meeting; warnings do not block. */
export async function assign(ctx: Ctx, taskId: string, userId: string) {
  const task = await tasks.findTask(ctx.db, taskId);
  if (!task) throw errors.notFound('task');
  const { actor, n, confidentiality } = await meetingFor(ctx, task.noticeId, 'meetings.staffing');
  if (task.status === 'cancelled' || n.status === 'cancelled') throw errors.rule('notice_inactive', '任务或会议已取消');
  const roles = await requireStaff(ctx, n.propertyId, userId);
  if (!roles.some((r) => DEPARTMENT_ROLES[task.department].includes(r)))
    throw failMeeting('staff_wrong_department', `只能安排${DEPARTMENT_LABELS[task.department].zh}人员`);
  if (isClosed(confidentiality) && !(await repo.profile(ctx.db, n.propertyId, userId))?.confidentialAuthorised)
    throw failMeeting('staff_not_authorised');
  const work = { start: task.dueAt < n.startAt ? task.dueAt : n.startAt, end: n.endAt };
  const shifts = (
    await repo.shiftsIn(ctx.db, {
      propertyId: n.propertyId,
      userId,
      from: new Date(task.dueAt.getTime() - 86_400_000),
      to: new Date(task.dueAt.getTime() + 86_400_000),
    })
  ).map(({ shift: s }) => ({ start: s.startsAt, end: s.endsAt, overtime: s.overtime }));
  const others = await repo.assignmentWindows(ctx.db, userId, n.id);
  const warnings = assignmentWarnings(task.dueAt, work, shifts, others);
  return ctx.db.transaction(async (tx) => {
    const row = await repo.insertAssignment(tx, {
      taskId,
      userId,
      propertyId: n.propertyId,
      noticeId: n.id,
      warnings,
      assignedBy: actor.id,
      assignedAt: ctx.now(),
    });
    if (!row) throw errors.duplicate('userId', '已安排此人 / already assigned');
    await audit(tx, ctx, {
      action: 'meeting_task.assigned',
      entityType: 'meeting_task',
      entityId: taskId,
      propertyId: n.propertyId,
      before: null,
      after: row,
    });
    await notify(tx, {
      propertyId: n.propertyId,
      userIds: [userId],
      kind: 'meetings.assigned',
      message: { key: 'meetings.assigned', params: { noticeNumber: n.number, taskTitle: task.title } },
      link: `/service-notices/${n.id}`,
      data: { noticeId: n.id, taskId },
    });
    return {
      taskId,
      userId,
      warnings,
      conflicts: warnings.includes('double_assignment') ? others.map((o) => o.number) : [],
      assignedAt: row.assignedAt.toISOString(),
    };
  });
}

export async function unassign(ctx: Ctx, taskId: string, userId: string) {
  const task = await tasks.findTask(ctx.db, taskId);
  if (!task) throw errors.notFound('task');
  const { n } = await meetingFor(ctx, task.noticeId, 'meetings.staffing');
  return ctx.db.transaction(async (tx) => {
    const row = await repo.deleteAssignment(tx, taskId, userId);
    if (!row) throw errors.notFound('assignment');
    await audit(tx, ctx, {
      action: 'meeting_task.unassigned',
      entityType: 'meeting_task',
      entityId: taskId,
      propertyId: n.propertyId,
      before: row,
      after: null,
    });
    return { removed: true as const };
  });
}

export async function assignmentsOf(ctx: Ctx, noticeId: string) {
  await meetingFor(ctx, noticeId, 'meetings.read');
  return {
    data: (await repo.assignmentsOf(ctx.db, noticeId)).map(({ a, name }) => ({
      taskId: a.taskId,
      userId: a.userId,
      name,
      warnings: a.warnings as AssignmentWarning[],
      assignedAt: a.assignedAt.toISOString(),
    })),
  };
}
