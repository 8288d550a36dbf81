/**
 * Paid repairs on the month's 工程费统计表 (S6 → T4): a consented repair whose work is done posts its charge
 * once — at completion (or at consent, if the work was completed before the customer agreed) — inside that
 * step's transaction. An on-the-spot payment takes the unbilled charge back; a drawn one refuses (409).
 */
import type { Ctx } from '../../../lib/context.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { loadWorkCalendar, localDate } from '../../calendar/index.ts';
import { postCharge, withdrawCharge } from '../../billing/index.ts';
import * as caseRepo from '../case/case.repository.ts';
import { findWorkOrder } from '../work-orders/work-orders.repository.ts';
import * as repo from './charges.repository.ts';

export const REPAIR_SOURCE = 'repair';
const DONE = ['completed', 'signed', 'returned'];
const BILLABLE = ['consented', 'noticed'];

/** Posts the repair's charge when the work is done and consented; a no-op otherwise or when posted already. */
export async function postRepairCharge(tx: DbOrTx, ctx: Ctx, workOrderId: string) {
  const [wo, ch] = [await findWorkOrder(tx, workOrderId), await repo.findCharge(tx, workOrderId)];
  if (!wo || !ch || !wo.paid || !DONE.includes(wo.status) || !BILLABLE.includes(ch.status) || ch.amountFen <= 0) return false;
  const c = await caseRepo.findCase(tx, wo.caseId);
  if (!c?.organizationId) return false; // nobody to bill monthly: paid on the spot only
  const cal = await loadWorkCalendar(tx, c.propertyId);
  return postCharge(tx, ctx, {
    propertyId: c.propertyId,
    organizationId: c.organizationId,
    unitId: c.unitId,
    sheet: 'engineering',
    sourceKind: REPAIR_SOURCE,
    sourceId: workOrderId,
    sourceLabel: `派工单 ${wo.number}`,
    description: `有偿维修：${wo.content}`.slice(0, 200),
    amountFen: ch.amountFen,
    occurredOn: localDate(cal, wo.completedAt ?? ctx.now()),
  });
}

/** Paid on the spot: not billed monthly. 409 charge_already_billed when a month drew it already. */
export const withdrawRepairCharge = (tx: DbOrTx, ctx: Ctx, workOrderId: string) => withdrawCharge(tx, ctx, REPAIR_SOURCE, workOrderId);
