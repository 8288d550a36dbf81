/**
 * Closing (S8, 销项): the resolution is recorded, then the case closes only when the closing rules
 * allow (work orders signed and returned, proof checked, no open linked case, approval for major
 * cases); unresolvable cases close once a quarter with the project manager's signature.
 */
import { NOT_CLOSABLE_REASONS, type Role } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { requireActor, memberProperties, rolesIn } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import * as caseRepo from '../case/case.repository.ts';
import { canTransition } from '../case/case.rules.ts';
import { firstResponse, getCase, handle, loadCase, requireHandle, transition } from '../case/case.service.ts';
import { saveCase } from '../case/case.timeline.ts';
import { workOrdersOf } from '../work-orders/work-orders.repository.ts';
import { callbacksOf } from '../callbacks/callbacks.repository.ts';
import * as repo from './closing.repository.ts';
import { closeBlockers } from './closing.rules.ts';
import type { CloseInput } from './closing.schema.ts';

/** The columns of a closed case: when, by whom, with which result, note and approver. */
const closedColumns = (userId: string, now: Date, result: 'resolved' | 'unresolvable', note: string | null, approverId: string | null) => ({
  status: 'closed' as const,
  closedAt: now,
  closedBy: userId,
  closeResult: result,
  closeNote: note,
  closeApproverId: approverId,
});

export async function resolve(ctx: Ctx, id: string, input: { note: string }) {
  return handle(ctx, id, async (tx, c) => {
    const now = ctx.now();
    await saveCase(
      tx,
      ctx,
      c,
      { ...transition(ctx, c, 'resolved'), resolvedAt: now, ...firstResponse(c, now) },
      { kind: 'resolved', note: input.note },
    );
  });
}

export async function close(ctx: Ctx, id: string, input: CloseInput) {
  const { actor, c } = await loadCase(ctx, id);
  requireHandle(actor, c);
  if (c.status === 'closed') throw errors.conflict(say(ctx, '案件已销项', 'The case is already closed'));
  if (input.version !== undefined && input.version !== c.version) throw errors.conflict();
  let approverRoles: Role[] = [];
  if (input.approverId) {
    approverRoles = (await caseRepo.rolesInProperty(ctx.db, input.approverId, c.propertyId)) as Role[];
    if (!approverRoles.length) throw errors.field('approverId', say(ctx, '审批人不属于该项目', 'The approver does not work here'));
  }
  const [wos, cbs, linked] = await Promise.all([workOrdersOf(ctx.db, c.id), callbacksOf(ctx.db, c.id), repo.openChildren(ctx.db, c.id)]);
  const proofChecked = input.proofChecked ?? c.proofChecked;
  const reasons = closeBlockers({
    kind: c.kind,
    severity: c.severity,
    status: c.status,
    result: input.result,
    workOrders: wos,
    proofChecked,
    openLinkedCases: linked,
    lastCallbackSatisfied: cbs.length ? !cbs[cbs.length - 1]!.reopened : null,
    closerRoles: rolesIn(actor, c.propertyId),
    approverRoles,
  });
  if (reasons.length) {
    const list = reasons.map((r) => ({ code: r, message: say(ctx, NOT_CLOSABLE_REASONS[r].zh, NOT_CLOSABLE_REASONS[r].en) }));
    throw errors.rule('case_not_closable', list.map((r) => r.message).join(say(ctx, '；', '; ')), { reasons: list });
  }
  if (!canTransition(c.status, 'closed'))
    throw errors.rule('invalid_transition', say(ctx, '当前状态不能销项', 'The case cannot close in this state'), { from: c.status });
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await saveCase(
      tx,
      ctx,
      c,
      {
        ...closedColumns(actor.id, now, input.result, input.note ?? null, input.approverId ?? null),
        proofChecked,
        proofNote: input.proofNote ?? c.proofNote,
      },
      { kind: 'closed', note: input.note, data: { result: input.result, approverId: input.approverId ?? null } },
      input.version ?? c.version,
    );
  });
  return getCase(ctx, id);
}

/**
 * S8: unresolvable cases are closed once a quarter with the project manager's signature — the PM closes the
 * listed open cases of the property with result 'unresolvable' and themself as approver; all or nothing.
 */
export async function closeUnresolvable(ctx: Ctx, input: { propertyId: string; quarter: string; caseIds: string[]; note: string }) {
  const actor = requireActor(ctx);
  if (!memberProperties(actor).includes(input.propertyId)) throw errors.notFound('property');
  if (!rolesIn(actor, input.propertyId).includes('project_manager')) {
    throw errors.forbidden(say(ctx, '无法解决案件须由项目经理签字按季度销项', 'Only the project manager closes unresolvable cases'));
  }
  const ids = [...new Set(input.caseIds)];
  const now = ctx.now();
  const closed = await ctx.db.transaction(async (tx) => {
    const out: { id: string; number: string }[] = [];
    for (const id of ids) {
      const c = await caseRepo.findCase(tx, id);
      if (!c || c.propertyId !== input.propertyId)
        throw errors.field('caseIds', say(ctx, `案件不存在或不属于该项目：${id}`, `Unknown case in this property: ${id}`), 'unknown_case');
      if (c.status === 'closed') throw errors.conflict(say(ctx, `案件已销项：${c.number}`, `Already closed: ${c.number}`));
      const note = `${input.quarter} ${input.note}`;
      await saveCase(
        tx,
        ctx,
        c,
        { ...closedColumns(actor.id, now, 'unresolvable', note, actor.id), resumeStatus: null, pausedAt: null },
        { kind: 'closed', note, data: { result: 'unresolvable', approverId: actor.id, quarter: input.quarter, batch: true } },
      );
      out.push({ id: c.id, number: c.number });
    }
    return out;
  });
  return { propertyId: input.propertyId, quarter: input.quarter, closed };
}
