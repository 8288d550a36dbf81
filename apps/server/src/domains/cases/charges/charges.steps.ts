/** The shared steps of paid repairs: load a work order's charge as the actor sees it; one guarded, audited step. */
import type { Ctx } from '../../../lib/context.ts';
import { can, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import type { Tx } from '../../../db/client.ts';
import { audit } from '../../audit/index.ts';
import * as caseRepo from '../case/case.repository.ts';
import type { CaseRow } from '../case/case.repository.ts';
import { assertVisible } from '../case/case.policy.ts';
import { findWorkOrder, type WorkOrderRow } from '../work-orders/work-orders.repository.ts';
import * as repo from './charges.repository.ts';
import type { ChargeRow } from './charges.repository.ts';
import { presentCharge } from './charges.presenter.ts';

export async function load(ctx: Ctx, workOrderId: string) {
  const actor = requireActor(ctx);
  const wo = await findWorkOrder(ctx.db, workOrderId);
  const c = wo && (await caseRepo.findCase(ctx.db, wo.caseId));
  if (!wo || !c) throw errors.notFound('work order');
  const worker = can(actor, c.propertyId, 'workorders.work');
  if (!worker) assertVisible(actor, c);
  // The engineer on the work order (or anyone may take it) quotes on site.
  const engineer = worker && (!wo.assigneeId || wo.assigneeId === actor.id);
  return { actor, wo, c, charge: await repo.findCharge(ctx.db, workOrderId), staff: can(actor, c.propertyId, 'cases.handle'), engineer };
}

export const stateError = (ctx: Ctx, ch: ChargeRow | null, action: string) =>
  errors.rule(
    'charge_state',
    say(ctx, `收费状态为 ${ch?.status ?? '未报价'}，不能${action}`, `The charge is ${ch?.status ?? 'not quoted'}; cannot ${action}`),
    { status: ch?.status ?? null },
  );

/** One step in a transaction: guarded write, timeline event, audit. */
export async function step(
  ctx: Ctx,
  a: { wo: WorkOrderRow; c: CaseRow; charge: ChargeRow | null },
  action: string,
  write: (tx: Tx) => Promise<ChargeRow | null>,
  note?: string | null,
) {
  const out = await ctx.db.transaction(async (tx) => {
    const r = await write(tx);
    if (!r) throw errors.conflict(say(ctx, '收费记录已被他人修改，请刷新后重试', 'The charge changed meanwhile; reload and retry'));
    await caseRepo.insertEvent(tx, {
      propertyId: a.c.propertyId,
      caseId: a.c.id,
      kind: `charge_${action}`,
      actorId: ctx.actor?.id ?? null,
      actorName: ctx.actor?.displayName ?? null,
      note: note ?? null,
      data: { workOrderId: a.wo.id, number: a.wo.number, amountFen: r.amountFen, noticeNumber: r.noticeNumber },
      at: ctx.now(),
    });
    await audit(tx, ctx, {
      action: `repair_charge.${action}`,
      entityType: 'repair_charge',
      entityId: a.wo.id,
      propertyId: a.c.propertyId,
      before: a.charge,
      after: r,
    });
    return r;
  });
  return presentCharge(out);
}

export const staffOnly = (a: { staff: boolean }) => {
  if (!a.staff) throw errors.forbidden();
};
