/**
 * Dispatch (S5): a case goes to a handler; work orders follow the property's dispatch mode per repair
 * type (assign / grab / rotate); engineers' workload; an open work order is transferred or handed back.
 */
import { DISPATCH_RULE_EDITORS, OPEN_WORK_ORDER_STATUSES, type DispatchMode } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { requireActor, can, memberProperties, rolesIn } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import type { Tx } from '../../../db/client.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import { notify } from '../../notifications/index.ts';
import * as caseRepo from '../case/case.repository.ts';
import { checkAssignee, firstResponse, handle, loadCase, transition } from '../case/case.service.ts';
import { addEvent, saveCase } from '../case/case.timeline.ts';
import * as woRepo from '../work-orders/work-orders.repository.ts';
import type { WorkOrderRow } from '../work-orders/work-orders.repository.ts';
import { loadWorkOrder } from '../work-orders/work-orders.service.ts';
import { presentOneWorkOrder } from '../work-orders/work-orders.presenter.ts';
import * as drepo from './dispatch.repository.ts';
import { presentDispatchRule } from './dispatch.presenter.ts';

export async function dispatch(ctx: Ctx, id: string, input: { assigneeId?: string | null; note?: string | null }) {
  const { c } = await loadCase(ctx, id);
  if (input.assigneeId) await checkAssignee(ctx, c.propertyId, input.assigneeId, null);
  return handle(ctx, id, async (tx, c) => {
    const now = ctx.now();
    const u = await saveCase(
      tx,
      ctx,
      c,
      {
        ...transition(ctx, c, 'dispatched'),
        assigneeId: input.assigneeId ?? c.assigneeId,
        dispatchedAt: c.dispatchedAt ?? now,
        ...firstResponse(c, now),
      },
      { kind: 'dispatched', note: input.note, data: { assigneeId: input.assigneeId ?? null } },
    );
    if (u.assigneeId)
      await notify(tx, {
        propertyId: c.propertyId,
        userIds: [u.assigneeId],
        kind: 'case.dispatched',
        message: { key: 'case.dispatched', params: { number: c.number, content: c.content.slice(0, 300) } },
        link: `/cases/${c.id}`,
      });
  });
}

function requireMember(ctx: Ctx, propertyId: string) {
  const actor = requireActor(ctx);
  if (!memberProperties(actor).includes(propertyId)) throw errors.notFound('property');
  return actor;
}

export async function getDispatchRules(ctx: Ctx, propertyId: string) {
  const actor = requireMember(ctx, propertyId);
  if (!rolesIn(actor, propertyId).some((r) => DISPATCH_RULE_EDITORS.includes(r))) throw errors.forbidden();
  return { propertyId, rules: (await drepo.rulesOf(ctx.db, propertyId)).map(presentDispatchRule) };
}

export async function putDispatchRules(
  ctx: Ctx,
  propertyId: string,
  input: { rules: { subcategory: string; mode: DispatchMode; assigneeId?: string | null; teamRole?: string | null }[] },
) {
  const actor = requireMember(ctx, propertyId);
  if (!rolesIn(actor, propertyId).some((r) => DISPATCH_RULE_EDITORS.includes(r))) throw errors.forbidden();
  const seen = new Set<string>();
  for (const [i, r] of input.rules.entries()) {
    if (seen.has(r.subcategory)) throw errors.field(`rules.${i}.subcategory`, say(ctx, '维修类别重复', 'Duplicate repair type'));
    seen.add(r.subcategory);
    if (r.mode === 'assign' && !r.assigneeId)
      throw errors.field(`rules.${i}.assigneeId`, say(ctx, '指派模式须指定工程师', 'Assign mode needs an engineer'), 'required');
    if (r.assigneeId) {
      const roles = await caseRepo.rolesInProperty(ctx.db, r.assigneeId, propertyId);
      if (!roles.includes(r.teamRole ?? 'engineer'))
        throw errors.field(
          `rules.${i}.assigneeId`,
          say(ctx, '处理人不属于该项目或无相应岗位', 'The assignee does not work here in that role'),
          'unknown_assignee',
        );
    }
  }
  const rows = input.rules.map((r) => ({
    subcategory: r.subcategory,
    mode: r.mode,
    assigneeId: r.assigneeId ?? null,
    teamRole: r.teamRole ?? null,
  }));
  return ctx.db.transaction(async (tx) => {
    const before = await drepo.rulesOf(tx, propertyId);
    const after = await drepo.replaceRules(tx, propertyId, rows, actor.id, ctx.now());
    await audit(tx, ctx, {
      action: 'dispatch_rules.updated',
      entityType: 'property',
      entityId: propertyId,
      propertyId,
      before: { rules: before },
      after: { rules: after },
    });
    return { propertyId, rules: after.map(presentDispatchRule) };
  });
}

export async function workload(ctx: Ctx, propertyId: string) {
  const actor = requireMember(ctx, propertyId);
  if (!can(actor, propertyId, 'cases.handle')) throw errors.forbidden();
  return { propertyId, ...(await drepo.workload(ctx.db, propertyId)) };
}

const OPEN = OPEN_WORK_ORDER_STATUSES;

/** Transfer and hand-back need an open work order. */
function assertOpen(ctx: Ctx, status: string, zh: string, en: string) {
  if (!(OPEN as readonly string[]).includes(status))
    throw errors.rule('invalid_transition', say(ctx, `派工单状态 ${status} 不能${zh}`, `A ${status} work order cannot be ${en}`), {
      from: status,
    });
}

/**
 * An open work order changes hands (issued again, not yet accepted), guarded: still open and, with
 * `takenBy`, unassigned or still that user's; audited with the reason.
 */
async function reassign(
  tx: Tx,
  ctx: Ctx,
  r: {
    wo: WorkOrderRow;
    propertyId: string;
    to: string | null;
    action: 'work_order.transferred' | 'work_order.handed_back';
    reason: string;
    takenBy?: string;
  },
) {
  const u = await woRepo.updateWorkOrder(
    tx,
    r.wo.id,
    OPEN,
    { assigneeId: r.to, status: 'issued', acceptedAt: null, arrivedAt: null },
    ctx.now(),
    r.takenBy,
  );
  if (!u || u.assigneeId !== r.to)
    throw errors.conflict(say(ctx, '派工单已被他人修改，请刷新后重试', 'The work order changed meanwhile; reload and retry'));
  await audit(tx, ctx, {
    action: r.action,
    entityType: 'work_order',
    entityId: r.wo.id,
    propertyId: r.propertyId,
    before: r.wo,
    after: u,
    meta: { reason: r.reason },
  });
}

/** A handler moves an open work order to another engineer, with a reason; the new engineer accepts it again. */
export async function transferWorkOrder(ctx: Ctx, id: string, input: { assigneeId: string; reason: string }) {
  const { actor, wo, c } = await loadWorkOrder(ctx, id);
  if (!can(actor, c.propertyId, 'cases.handle')) throw errors.forbidden();
  assertOpen(ctx, wo.status, '转派', 'transferred');
  const roles = await caseRepo.rolesInProperty(ctx.db, input.assigneeId, c.propertyId);
  if (!roles.includes('engineer') || (await drepo.isDisabled(ctx.db, input.assigneeId))) {
    throw errors.field(
      'assigneeId',
      say(ctx, '处理人不属于该项目或无相应岗位', 'The assignee does not work here in that role'),
      'unknown_assignee',
    );
  }
  if (wo.assigneeId === input.assigneeId)
    throw errors.field('assigneeId', say(ctx, '已是当前处理人', 'Already the assignee'), 'same_assignee');
  await ctx.db.transaction(async (tx) => {
    await reassign(tx, ctx, { wo, propertyId: c.propertyId, to: input.assigneeId, action: 'work_order.transferred', reason: input.reason });
    const data = { workOrderId: id, number: wo.number, from: wo.assigneeId, to: input.assigneeId };
    await addEvent(tx, ctx, c, { kind: 'work_order_transferred', note: input.reason, data });
    await notify(tx, {
      propertyId: c.propertyId,
      userIds: [input.assigneeId, wo.assigneeId].filter((x): x is string => !!x),
      kind: 'work_order.transferred',
      message: { key: 'work_order.transferred', params: { number: wo.number, reason: input.reason } },
      link: `/work-orders/${id}`,
    });
  });
  return presentOneWorkOrder(ctx.db, (await woRepo.findWorkOrder(ctx.db, id))!);
}

/** The assigned engineer gives the work order back (unassigned again); the dispatchers and the issuer are told. */
export async function handBackWorkOrder(ctx: Ctx, id: string, input: { reason: string }) {
  const { actor, wo, c } = await loadWorkOrder(ctx, id);
  if (!can(actor, c.propertyId, 'workorders.work') || wo.assigneeId !== actor.id) throw errors.forbidden();
  assertOpen(ctx, wo.status, '退回', 'handed back');
  await ctx.db.transaction(async (tx) => {
    await reassign(tx, ctx, {
      wo,
      propertyId: c.propertyId,
      to: null,
      action: 'work_order.handed_back',
      reason: input.reason,
      takenBy: actor.id,
    });
    await addEvent(tx, ctx, c, {
      kind: 'work_order_handed_back',
      note: input.reason,
      data: { workOrderId: id, number: wo.number, from: actor.id },
    });
    await notify(tx, {
      propertyId: c.propertyId,
      userIds: wo.issuerId ? [wo.issuerId] : [],
      roles: ['dispatcher'],
      kind: 'work_order.handed_back',
      severity: 'warning',
      message: { key: 'work_order.handed_back', params: { number: wo.number, reason: input.reason } },
      link: `/cases/${c.id}`,
    });
  });
  return presentOneWorkOrder(ctx.db, (await woRepo.findWorkOrder(ctx.db, id))!);
}
