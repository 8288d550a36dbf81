/**
 * Work orders (S5, 《工程维修派工单》): issued from a case with a number from an unbroken sequence per
 * property and year, taken by an engineer, worked on site, signed by the customer, returned to
 * customer service, or voided with a reason (the number is kept). Each step is guarded by the states
 * it may come from and moves the case along.
 */
import { postRepairCharge } from '../charges/charges.billing.ts';
import type { WorkOrderStatus } from '@hy/contracts';
import type { Ctx, Actor } from '../../../lib/context.ts';
import type { Tx } from '../../../db/client.ts';
import { requireActor, can, memberProperties, propertiesWith } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import { notify } from '../../notifications/index.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import { attachFiles, fileRefs } from '../../files/index.ts';
import * as caseRepo from '../case/case.repository.ts';
import type { CaseRow } from '../case/case.repository.ts';
import { assertVisible, isReporter } from '../case/case.policy.ts';
import { assertNotClosed, checkAssignee, firstResponse, handle, loadCase, transition } from '../case/case.service.ts';
import { addEvent, saveCase } from '../case/case.timeline.ts';
import { pad, yearOf } from '../case/case.numbers.ts';
import * as dispatchRepo from '../dispatch/dispatch.repository.ts';
import * as repo from './work-orders.repository.ts';
import type { WorkOrderRow } from './work-orders.repository.ts';
import { woFrom } from './work-orders.rules.ts';
import { presentOneWorkOrder, presentWorkOrderWithCase, workOrderFiles } from './work-orders.presenter.ts';
import type { CompleteInput, IssueWorkOrderInput, SignInput } from './work-orders.schema.ts';

export async function issueWorkOrder(ctx: Ctx, caseId: string, input: IssueWorkOrderInput) {
  const { c } = await loadCase(ctx, caseId);
  if (input.assigneeId) await checkAssignee(ctx, c.propertyId, input.assigneeId, 'engineer');
  const cal = await loadWorkCalendar(ctx.db, c.propertyId);
  return handle(ctx, caseId, async (tx, c, actor) => {
    assertNotClosed(ctx, c);
    if (c.status === 'waiting_customer')
      throw errors.rule('invalid_transition', say(ctx, '案件暂停中', 'The case is paused'), { from: c.status });
    const now = ctx.now();
    const year = yearOf(cal, now);
    const seq = await caseRepo.nextNumber(tx, c.propertyId, `wo:${year}`);
    const pick = input.assigneeId
      ? { assigneeId: input.assigneeId, mode: null }
      : await dispatchRepo.pickAssignee(tx, c.propertyId, c.subcategory, now);
    const wo = await repo.insertWorkOrder(tx, {
      propertyId: c.propertyId,
      caseId: c.id,
      number: `WX-${year}-${pad(seq)}`,
      year,
      seq,
      paid: input.paid,
      customerName: input.customerName ?? c.contactName,
      content: input.content,
      reportingDepartment: input.reportingDepartment ?? null,
      reporterName: input.reporterName ?? c.contactName,
      urgency: input.urgency ?? c.urgency,
      issuerId: actor.id,
      assigneeId: pick.assigneeId,
      dispatchMode: pick.mode,
      issuedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    const status = ['open', 'reopened', 'resolved'].includes(c.status) ? transition(ctx, c, 'dispatched') : {};
    await saveCase(
      tx,
      ctx,
      c,
      { ...status, dispatchedAt: c.dispatchedAt ?? now, ...firstResponse(c, now) },
      {
        kind: 'work_order_issued',
        data: { workOrderId: wo.id, number: wo.number, assigneeId: wo.assigneeId, dispatchMode: wo.dispatchMode },
      },
    );
    await audit(tx, ctx, {
      action: 'work_order.issued',
      entityType: 'work_order',
      entityId: wo.id,
      propertyId: c.propertyId,
      before: null,
      after: wo,
    });
    await notify(tx, {
      propertyId: c.propertyId,
      ...(await dispatchRepo.recipientsFor(tx, c.propertyId, wo.assigneeId, wo.dispatchMode, now)),
      kind: 'work_order.issued',
      severity: wo.urgency === 'urgent' || c.emergency ? 'warning' : 'info',
      message: { key: 'work_order.issued', params: { number: wo.number, location: c.location, content: wo.content.slice(0, 300) } },
      link: `/work-orders/${wo.id}`,
    });
  });
}

type WoAction = 'accept' | 'arrive' | 'complete' | 'sign' | 'return' | 'void';
const WO_TARGET: Record<WoAction, WorkOrderStatus> = {
  accept: 'accepted',
  arrive: 'on_site',
  complete: 'completed',
  sign: 'signed',
  return: 'returned',
  void: 'voided',
};

/** The work order and its case; engineers see the work orders of their property, others as they see the case. */
export async function loadWorkOrder(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const wo = await repo.findWorkOrder(ctx.db, id);
  if (!wo) throw errors.notFound('work order');
  const c = await caseRepo.findCase(ctx.db, wo.caseId);
  if (!c) throw errors.notFound('work order');
  if (!can(actor, c.propertyId, 'workorders.work')) assertVisible(actor, c);
  return { actor, wo, c };
}

/**
 * One work-order step: who may, from which states, what it records, and what it does to the case.
 * `attach` runs first in the step's transaction: files the step takes (photos, a drawn signature), and
 * what they add to the record.
 */
async function woStep(
  ctx: Ctx,
  id: string,
  action: WoAction,
  allow: (a: { actor: Actor; wo: WorkOrderRow; c: CaseRow; handler: boolean }) => Partial<WorkOrderRow>,
  attach?: (tx: Tx, wo: WorkOrderRow) => Promise<Partial<WorkOrderRow> & { photoIds?: string[] }>,
) {
  const { actor, wo, c } = await loadWorkOrder(ctx, id);
  const handler = can(actor, c.propertyId, 'cases.handle');
  const patch = allow({ actor, wo, c, handler });
  const to = WO_TARGET[action];
  const from = woFrom(to);
  if (!from.includes(wo.status)) {
    throw errors.rule(
      'invalid_transition',
      say(ctx, `派工单状态 ${wo.status} 不能执行该操作`, `A ${wo.status} work order cannot be ${to}`),
      { from: wo.status, to },
    );
  }
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const { photoIds, ...filed } = (await attach?.(tx, wo)) ?? {};
    const u = await repo.updateWorkOrder(
      tx,
      id,
      from,
      { ...patch, ...filed, status: to },
      now,
      action === 'accept' ? (patch.assigneeId ?? null) : undefined,
    );
    if (!u) throw errors.conflict(say(ctx, '派工单已被他人修改，请刷新后重试', 'The work order changed meanwhile; reload and retry'));
    // A consented paid repair, now done: its charge goes on the month's 工程费统计表 (once).
    if (action === 'complete') await postRepairCharge(tx, ctx, id);
    await audit(tx, ctx, {
      action: `work_order.${to}`,
      entityType: 'work_order',
      entityId: id,
      propertyId: c.propertyId,
      before: wo,
      after: photoIds?.length ? { ...u, photoIds } : u,
    });
    const fresh = (await caseRepo.findCase(tx, c.id))!;
    let status: Partial<CaseRow> = {};
    if ((action === 'accept' || action === 'arrive') && fresh.status === 'dispatched') status = { status: 'in_progress' };
    if (action === 'return' && ['open', 'reopened', 'dispatched', 'in_progress'].includes(fresh.status)) {
      const live = (await repo.workOrdersOf(tx, c.id)).filter((w) => w.status !== 'voided');
      if (live.every((w) => w.status === 'returned')) status = { status: 'resolved', resolvedAt: now };
    }
    const ev = {
      kind: `work_order_${to}`,
      note: u.voidReason && action === 'void' ? u.voidReason : u.workDone && action === 'complete' ? u.workDone : null,
      data: { workOrderId: id, number: wo.number },
    };
    if (Object.keys(status).length) await saveCase(tx, ctx, fresh, status, ev);
    else await addEvent(tx, ctx, c, ev);
  });
  return presentOneWorkOrder(ctx.db, (await repo.findWorkOrder(ctx.db, id))!);
}

const worker = (a: { actor: Actor; wo: WorkOrderRow; c: CaseRow; handler: boolean }) => {
  const isWorker = can(a.actor, a.c.propertyId, 'workorders.work');
  if (!a.handler && !(isWorker && (!a.wo.assigneeId || a.wo.assigneeId === a.actor.id))) throw errors.forbidden();
};

export const acceptWorkOrder = (ctx: Ctx, id: string) =>
  woStep(ctx, id, 'accept', (a) => {
    // Taken by somebody else already (grab: the first to accept wins): a conflict, not a permission problem.
    if (a.wo.status !== 'issued' && a.wo.assigneeId && a.wo.assigneeId !== a.actor.id && !a.handler) {
      throw errors.conflict(say(ctx, '该派工单已被他人接单', 'Another engineer has taken this work order'));
    }
    worker(a);
    return { acceptedAt: ctx.now(), assigneeId: a.wo.assigneeId ?? a.actor.id };
  });
export const arriveWorkOrder = (ctx: Ctx, id: string) => woStep(ctx, id, 'arrive', (a) => (worker(a), { arrivedAt: ctx.now() }));
/** 完工: the work done, the materials and the engineer's photos (their own uploads, attached to the work order). */
export const completeWorkOrder = (ctx: Ctx, id: string, input: CompleteInput) =>
  woStep(
    ctx,
    id,
    'complete',
    (a) => (worker(a), { completedAt: ctx.now(), workDone: input.workDone, materials: input.materials }),
    async (tx, wo) => {
      await attachFiles(tx, ctx, {
        propertyId: wo.propertyId,
        ids: input.photoIds,
        entity: { type: 'work_order', id: wo.id },
        kinds: ['photo'],
        field: 'photoIds',
      });
      return { photoIds: input.photoIds };
    },
  );

/**
 * The customer signs: the reporting tenant on the portal; staff (the assigned engineer on site, the desk
 * later) record the paper signature, or the customer draws it on their screen ('screen': the drawing is
 * stored first by POST /signatures and its signer becomes the work order's). The tenant may draw too.
 */
export const signWorkOrder = (ctx: Ctx, id: string, input: SignInput) =>
  woStep(
    ctx,
    id,
    'sign',
    (a) => {
      const tenant = isReporter(a.actor, a.c) && can(a.actor, a.c.propertyId, 'cases.report');
      const engineer = can(a.actor, a.c.propertyId, 'workorders.work') && a.wo.assigneeId === a.actor.id;
      if (!tenant && !a.handler && !engineer) throw errors.forbidden();
      const staff = a.handler || engineer;
      const allowed = staff ? ['paper', 'screen'] : ['portal'];
      if (!allowed.includes(input.method))
        throw errors.field(
          'method',
          say(
            ctx,
            staff ? '工作人员登记纸质签字或请客户在屏幕上签字' : '业户在线签字方式为 portal',
            `Signature method must be ${allowed.join(' or ')}`,
          ),
        );
      if (input.method === 'screen' && !input.signatureId)
        throw errors.field('signatureId', say(ctx, '请客户在屏幕上签字', 'The customer signs on the screen'), 'required');
      if (input.method === 'paper' && input.signatureId)
        throw errors.field('signatureId', say(ctx, '纸质签字没有屏幕签名', 'A paper signature has no drawing'));
      return {
        signedByName: input.name,
        signedAt: ctx.now(),
        signatureMethod: input.method,
        signedByUserId: input.method === 'portal' ? a.actor.id : null,
      };
    },
    async (tx, wo) => {
      if (!input.signatureId) return {};
      await attachFiles(tx, ctx, {
        propertyId: wo.propertyId,
        ids: [input.signatureId],
        entity: { type: 'work_order', id: wo.id },
        kinds: ['signature'],
        field: 'signatureId',
      });
      const [drawn] = await fileRefs(tx, [input.signatureId]);
      return { signatureFileId: input.signatureId, signedByName: drawn?.signerName ?? input.name };
    },
  );
export const returnWorkOrder = (ctx: Ctx, id: string) =>
  woStep(ctx, id, 'return', (a) => {
    if (!a.handler) throw errors.forbidden();
    return { returnedAt: ctx.now(), returnedBy: a.actor.id };
  });
export const voidWorkOrder = (ctx: Ctx, id: string, input: { reason?: string | null }) =>
  woStep(ctx, id, 'void', (a) => {
    if (!a.handler) throw errors.forbidden();
    const reason = input.reason?.trim();
    if (!reason)
      throw errors.rule('void_reason_required', say(ctx, '作废须填写原因', 'A voided work order needs a reason'), undefined, [
        { path: 'reason', message: say(ctx, '必填', 'Required'), code: 'required' },
      ]);
    return { voidReason: reason, voidedAt: ctx.now(), voidedBy: a.actor.id };
  });

export async function getWorkOrder(ctx: Ctx, id: string) {
  const { wo, c } = await loadWorkOrder(ctx, id);
  return presentWorkOrderWithCase(
    wo,
    {
      caseNumber: c.number,
      location: c.location,
      contactName: c.contactName,
      contactPhone: c.contactPhone,
      occupantOutFrom: c.occupantOutFrom,
      occupantOutTo: c.occupantOutTo,
    },
    await workOrderFiles(ctx.db, [wo.id]),
  );
}

export async function listWorkOrders(
  ctx: Ctx,
  q: { propertyId?: string; assignee?: string; status?: WorkOrderStatus; caseId?: string; limit: number; cursor?: string },
) {
  const actor = requireActor(ctx);
  if (q.propertyId && !memberProperties(actor).includes(q.propertyId)) throw errors.notFound('property');
  const scope = [...new Set([...propertiesWith(actor, 'cases.read'), ...propertiesWith(actor, 'workorders.work')])].filter(
    (p) => !q.propertyId || p === q.propertyId,
  );
  if (!scope.length) throw errors.forbidden();
  const rows = await repo.listWorkOrders(ctx.db, {
    propertyIds: scope,
    assigneeId: q.assignee === 'me' ? actor.id : q.assignee,
    status: q.status,
    caseId: q.caseId,
    limit: q.limit + 1,
    afterNumber: q.cursor,
  });
  const page = rows.slice(0, q.limit);
  const files = await workOrderFiles(
    ctx.db,
    page.map((r) => r.wo.id),
  );
  return {
    data: page.map((r) => presentWorkOrderWithCase(r.wo, r, files)),
    nextCursor: rows.length > q.limit ? page[page.length - 1]!.wo.number : null,
  };
}

/** 工作单号要求连续，不得丢失，废单保留: every number of the year from 1 to the counter is accounted for. */
export async function gapReport(ctx: Ctx, q: { propertyId: string; year: number }) {
  const actor = requireActor(ctx);
  if (!memberProperties(actor).includes(q.propertyId)) throw errors.notFound('property');
  if (!can(actor, q.propertyId, 'cases.read')) throw errors.forbidden();
  const [g, issued] = await Promise.all([
    repo.gapFigures(ctx.db, q.propertyId, q.year),
    repo.counterValue(ctx.db, q.propertyId, `wo:${q.year}`),
  ]);
  // Missing: the gaps up to the counter, then every number after the last one up to it.
  const missing: string[] = [];
  for (const run of g.gaps) for (let s = run.from; s <= Math.min(run.to, issued); s++) missing.push(`WX-${q.year}-${pad(s)}`);
  for (let s = g.maxSeq + 1; s <= issued; s++) missing.push(`WX-${q.year}-${pad(s)}`);
  return {
    propertyId: q.propertyId,
    year: q.year,
    issued,
    first: g.first,
    last: g.last,
    missing,
    complete: missing.length === 0,
    returned: g.returned,
    open: g.total - g.returned - g.voidedCount,
    voided: g.voided.map((r) => ({ number: r.number, reason: r.voidReason, voidedAt: r.voidedAt?.toISOString() ?? null })),
  };
}
