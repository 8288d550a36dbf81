/** S5 dispatch modes, transfer / hand-back of work orders, workload, and S8 quarterly batch close of unresolvable cases. */
import { DISPATCH_RULE_EDITORS, OPEN_WORK_ORDER_STATUSES, type DispatchMode } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { requireActor, can, memberProperties, rolesIn } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { audit } from '../../audit/audit.service.ts';
import { notify } from '../../notifications/notifications.service.ts';
import * as repo from '../case/case.repository.ts';
import * as drepo from './dispatch.repository.ts';
import { event, loadWorkOrder, present, save, tr } from '../case/case.service.ts';

function requireMember(ctx: Ctx, propertyId: string) {
  const actor = requireActor(ctx);
  if (!memberProperties(actor).includes(propertyId)) throw errors.notFound('property');
  return actor;
}

export async function getDispatchRules(ctx: Ctx, propertyId: string) {
  const actor = requireMember(ctx, propertyId);
  if (!rolesIn(actor, propertyId).some((r) => DISPATCH_RULE_EDITORS.includes(r))) throw errors.forbidden();
  return { propertyId, rules: (await drepo.rulesOf(ctx.db, propertyId)).map(present) };
}

export async function putDispatchRules(ctx: Ctx, propertyId: string, input: { rules: { subcategory: string; mode: DispatchMode; assigneeId?: string | null; teamRole?: string | null }[] }) {
  const actor = requireMember(ctx, propertyId);
  if (!rolesIn(actor, propertyId).some((r) => DISPATCH_RULE_EDITORS.includes(r))) throw errors.forbidden();
  const seen = new Set<string>();
  for (const [i, r] of input.rules.entries()) {
    if (seen.has(r.subcategory)) throw errors.field(`rules.${i}.subcategory`, tr(ctx, '维修类别重复', 'Duplicate repair type'));
    seen.add(r.subcategory);
    if (r.mode === 'assign' && !r.assigneeId) throw errors.field(`rules.${i}.assigneeId`, tr(ctx, '指派模式须指定工程师', 'Assign mode needs an engineer'), 'required');
    if (r.assigneeId) {
      const roles = await repo.rolesInProperty(ctx.db, r.assigneeId, propertyId);
      if (!roles.includes(r.teamRole ?? 'engineer')) throw errors.field(`rules.${i}.assigneeId`, tr(ctx, '处理人不属于该项目或无相应岗位', 'The assignee does not work here in that role'), 'unknown_assignee');
    }
  }
  const rows = input.rules.map((r) => ({ subcategory: r.subcategory, mode: r.mode, assigneeId: r.assigneeId ?? null, teamRole: r.teamRole ?? null }));
  return ctx.db.transaction(async (tx) => {
    const before = await drepo.rulesOf(tx, propertyId);
    const after = await drepo.replaceRules(tx, propertyId, rows, actor.id, ctx.now());
    await audit(tx, ctx, { action: 'dispatch_rules.updated', entityType: 'property', entityId: propertyId, propertyId, before: { rules: before }, after: { rules: after } });
    return { propertyId, rules: after.map(present) };
  });
}

export async function workload(ctx: Ctx, propertyId: string) {
  const actor = requireMember(ctx, propertyId);
  if (!can(actor, propertyId, 'cases.handle')) throw errors.forbidden();
  return { propertyId, ...(await drepo.workload(ctx.db, propertyId)) };
}

const OPEN = OPEN_WORK_ORDER_STATUSES;

/** A handler moves an open work order to another engineer, with a reason; the new engineer accepts it again. */
export async function transferWorkOrder(ctx: Ctx, id: string, input: { assigneeId: string; reason: string }) {
  const { actor, wo, c } = await loadWorkOrder(ctx, id);
  if (!can(actor, c.propertyId, 'cases.handle')) throw errors.forbidden();
  if (!(OPEN as readonly string[]).includes(wo.status)) throw errors.rule('invalid_transition', tr(ctx, `派工单状态 ${wo.status} 不能转派`, `A ${wo.status} work order cannot be transferred`), { from: wo.status });
  const roles = await repo.rolesInProperty(ctx.db, input.assigneeId, c.propertyId);
  if (!roles.includes('engineer') || (await drepo.isDisabled(ctx.db, input.assigneeId))) {
    throw errors.field('assigneeId', tr(ctx, '处理人不属于该项目或无相应岗位', 'The assignee does not work here in that role'), 'unknown_assignee');
  }
  if (wo.assigneeId === input.assigneeId) throw errors.field('assigneeId', tr(ctx, '已是当前处理人', 'Already the assignee'), 'same_assignee');
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const u = await repo.updateWorkOrder(tx, id, OPEN, { assigneeId: input.assigneeId, status: 'issued', acceptedAt: null, arrivedAt: null }, now);
    if (!u) throw errors.conflict(tr(ctx, '派工单已被他人修改，请刷新后重试', 'The work order changed meanwhile; reload and retry'));
    const data = { workOrderId: id, number: wo.number, from: wo.assigneeId, to: input.assigneeId };
    await audit(tx, ctx, { action: 'work_order.transferred', entityType: 'work_order', entityId: id, propertyId: c.propertyId, before: wo, after: u, meta: { reason: input.reason } });
    await event(tx, ctx, c, { kind: 'work_order_transferred', note: input.reason, data });
    await notify(tx, {
      propertyId: c.propertyId, userIds: [input.assigneeId, wo.assigneeId].filter((x): x is string => !!x), kind: 'work_order.transferred',
      title: `派工单转派 ${wo.number}`, body: input.reason, link: `/work-orders/${id}`,
    });
  });
  return present((await repo.findWorkOrder(ctx.db, id))!);
}

/** The assigned engineer gives the work order back (unassigned again); the dispatchers and the issuer are told. */
export async function handBackWorkOrder(ctx: Ctx, id: string, input: { reason: string }) {
  const { actor, wo, c } = await loadWorkOrder(ctx, id);
  if (!can(actor, c.propertyId, 'workorders.work') || wo.assigneeId !== actor.id) throw errors.forbidden();
  if (!(OPEN as readonly string[]).includes(wo.status)) throw errors.rule('invalid_transition', tr(ctx, `派工单状态 ${wo.status} 不能退回`, `A ${wo.status} work order cannot be handed back`), { from: wo.status });
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const u = await repo.updateWorkOrder(tx, id, OPEN, { assigneeId: null, status: 'issued', acceptedAt: null, arrivedAt: null }, now, actor.id);
    if (!u || u.assigneeId !== null) throw errors.conflict(tr(ctx, '派工单已被他人修改，请刷新后重试', 'The work order changed meanwhile; reload and retry'));
    await audit(tx, ctx, { action: 'work_order.handed_back', entityType: 'work_order', entityId: id, propertyId: c.propertyId, before: wo, after: u, meta: { reason: input.reason } });
    await event(tx, ctx, c, { kind: 'work_order_handed_back', note: input.reason, data: { workOrderId: id, number: wo.number, from: actor.id } });
    await notify(tx, {
      propertyId: c.propertyId, userIds: wo.issuerId ? [wo.issuerId] : [], roles: ['dispatcher'], kind: 'work_order.handed_back', severity: 'warning',
      title: `派工单被退回 ${wo.number}`, body: input.reason, link: `/cases/${c.id}`,
    });
  });
  return present((await repo.findWorkOrder(ctx.db, id))!);
}

/**
 * S8: unresolvable cases are closed once a quarter with the project manager's signature — the PM closes the
 * listed open cases of the property with result 'unresolvable' and themself as approver; all or nothing.
 */
export async function closeUnresolvable(ctx: Ctx, input: { propertyId: string; quarter: string; caseIds: string[]; note: string }) {
  const actor = requireMember(ctx, input.propertyId);
  if (!rolesIn(actor, input.propertyId).includes('project_manager')) {
    throw errors.forbidden(tr(ctx, '无法解决案件须由项目经理签字按季度销项', 'Only the project manager closes unresolvable cases'));
  }
  const ids = [...new Set(input.caseIds)];
  const now = ctx.now();
  const closed = await ctx.db.transaction(async (tx) => {
    const out: { id: string; number: string }[] = [];
    for (const id of ids) {
      const c = await repo.findCase(tx, id);
      if (!c || c.propertyId !== input.propertyId) throw errors.field('caseIds', tr(ctx, `案件不存在或不属于该项目：${id}`, `Unknown case in this property: ${id}`), 'unknown_case');
      if (c.status === 'closed') throw errors.conflict(tr(ctx, `案件已销项：${c.number}`, `Already closed: ${c.number}`));
      const note = `${input.quarter} ${input.note}`;
      await save(tx, ctx, c, {
        status: 'closed', closedAt: now, closedBy: actor.id, closeResult: 'unresolvable', closeNote: note, closeApproverId: actor.id, resumeStatus: null, pausedAt: null,
      }, { kind: 'closed', note, data: { result: 'unresolvable', approverId: actor.id, quarter: input.quarter, batch: true } });
      out.push({ id: c.id, number: c.number });
    }
    return out;
  });
  return { propertyId: input.propertyId, quarter: input.quarter, closed };
}
