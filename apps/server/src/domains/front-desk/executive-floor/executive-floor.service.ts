/**
 * The executive floor (领导层服务, F6): the desk records a request from an executive's office and it goes to
 * the department that does it (notified at once); the department accepts and completes it, the desk may
 * cancel it. Cleaning and repairs can be bound to "while the executive is out" with a window. Every step is
 * audited and published live.
 */
import type { Ctx } from '../../../lib/context.ts';
import { authorize, memberProperties, requireActor } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import type { Tx } from '../../../db/client.ts';
import { execDepartmentRoles } from '@hy/contracts';
import { audit } from '../../audit/index.ts';
import { notify, publish } from '../../notifications/index.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import * as repo from './executive-floor.repository.ts';
import { presentRequest } from './executive-floor.presenter.ts';
import { departmentFor, nextStatus, windowValid, type ExecAction } from './executive-floor.rules.ts';
import { departmentsOf, isDesk, mayCancel, mayRead, mayWork } from './executive-floor.policy.ts';
import type { RequestCreate, RequestsQuery } from './executive-floor.schema.ts';

export async function listRequests(ctx: Ctx, q: RequestsQuery) {
  const actor = requireActor(ctx);
  if (!memberProperties(actor).includes(q.propertyId)) throw errors.notFound('property');
  const desk = isDesk(actor, q.propertyId);
  const mine = departmentsOf(actor, q.propertyId);
  if (!desk && !mine.length) throw errors.forbidden();
  const { timeZone } = await loadWorkCalendar(ctx.db, q.propertyId);
  const day = q.date ?? dayjs(ctx.now()).tz(timeZone).format('YYYY-MM-DD');
  const from = dayjs.tz(`${day} 00:00`, timeZone).toDate();
  const to = new Date(from.getTime() + 86_400_000);
  const rows = await repo.listRequests(ctx.db, { propertyId: q.propertyId, from, to, departments: desk ? null : mine, status: q.status });
  return { data: rows.map((r) => presentRequest(actor, r, ctx.now())) };
}

async function load(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const v = await repo.findRequest(ctx.db, id);
  if (!v || !mayRead(actor, v.r)) throw errors.notFound('request');
  return { actor, v };
}

export async function getRequest(ctx: Ctx, id: string) {
  const { actor, v } = await load(ctx, id);
  return presentRequest(actor, v, ctx.now());
}

async function announce(tx: Tx, r: repo.RequestRow) {
  await publish(tx, {
    type: 'event',
    topic: 'executive_request.changed',
    propertyId: r.propertyId,
    entity: { type: 'executive_request', id: r.id },
    data: { id: r.id, status: r.status },
  });
}

export async function createRequest(ctx: Ctx, input: RequestCreate) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'frontdesk.executive');
  const exec = await repo.findExecutive(ctx.db, input.executiveId);
  if (!exec || exec.propertyId !== input.propertyId || !exec.executive || exec.archivedAt)
    throw errors.rule(
      'not_an_executive',
      say(ctx, '所选人员不是领导层人员', 'The person chosen is not on the executive floor'),
      undefined,
      [{ path: 'executiveId', message: 'not an executive', code: 'not_an_executive' }],
    );
  const from = input.windowFrom ?? null;
  const to = input.windowTo ?? null;
  if (!windowValid(from, to))
    throw errors.rule('exec_window_invalid', say(ctx, '时间窗口的结束须晚于开始', 'The window must end after it starts'), undefined, [
      { path: 'windowTo', message: 'before the start', code: 'exec_window_invalid' },
    ]);
  const now = ctx.now();
  const dueAt = input.dueAt ?? to ?? from ?? new Date(now.getTime() + 30 * 60_000);
  const department = departmentFor(input.kind, input.department);
  const id = await ctx.db.transaction(async (tx) => {
    const r = await repo.insertRequest(tx, {
      propertyId: input.propertyId,
      executiveId: exec.id,
      kind: input.kind,
      department,
      detail: input.detail,
      whenOut: input.whenOut,
      windowFrom: from,
      windowTo: to,
      dueAt,
      via: input.via,
      requestedBy: actor.id,
      createdAt: now,
      updatedAt: now,
    });
    await audit(tx, ctx, {
      action: 'executive_request.created',
      entityType: 'executive_request',
      entityId: r.id,
      propertyId: r.propertyId,
      after: r,
    });
    await notify(tx, {
      propertyId: r.propertyId,
      roles: [...execDepartmentRoles(department)],
      kind: 'front_desk.executive_request',
      message: {
        key: 'front_desk.executive_request',
        params: {
          executive: exec.nameZh,
          location: exec.location,
          kind: r.kind,
          detail: r.detail,
          dueAt: r.dueAt.toISOString(),
          whenOut: r.whenOut,
        },
      },
      link: '/front-desk/executive-floor',
      data: { executiveRequestId: r.id },
    });
    await announce(tx, r);
    return r.id;
  });
  return getRequest(ctx, id);
}

const STATE_TEXT = { zh: '该服务请求当前状态不允许此操作', en: 'The request is not in a state that allows this' };

export async function stepRequest(ctx: Ctx, id: string, action: ExecAction, note: string | null | undefined) {
  const { actor, v } = await load(ctx, id);
  const allowed = action === 'cancel' ? mayCancel(actor, v.r) : mayWork(actor, v.r);
  if (!allowed) throw errors.forbidden();
  const to = nextStatus(v.r.status, action);
  const conflict = () => new AppError('exec_request_state', 409, say(ctx, STATE_TEXT.zh, STATE_TEXT.en));
  if (!to) throw conflict();
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const set =
      action === 'accept'
        ? { status: to, acceptedBy: actor.id, acceptedAt: now }
        : action === 'complete'
          ? { status: to, doneBy: actor.id, doneAt: now, note: note ?? v.r.note }
          : { status: to, note: note ?? v.r.note };
    const u = await repo.stepRequest(tx, id, [v.r.status], { ...set, updatedAt: now });
    if (!u) throw conflict();
    await audit(tx, ctx, {
      action: `executive_request.${action === 'complete' ? 'done' : action === 'accept' ? 'accepted' : 'cancelled'}`,
      entityType: 'executive_request',
      entityId: id,
      propertyId: u.propertyId,
      before: v.r,
      after: u,
    });
    if (action === 'complete' && u.requestedBy && u.requestedBy !== actor.id)
      await notify(tx, {
        propertyId: u.propertyId,
        userIds: [u.requestedBy],
        kind: 'front_desk.executive_done',
        message: { key: 'front_desk.executive_done', params: { executive: v.executiveName, kind: u.kind, by: actor.displayName } },
        link: '/front-desk/executive-floor',
      });
    await announce(tx, u);
  });
  return getRequest(ctx, id);
}
