/**
 * One-off charges (T4): the seam between the work that earns money and the month's fee tables. A paid repair
 * posts its charge when it is paid for or completed (sheet 'engineering'), a paid service when the tenant signs
 * for it (sheet 'other_services'). `postCharge` runs inside the caller's transaction and posts once per source
 * (a second post is a no-op, so a retried or raced request never bills twice); `withdrawCharge` takes an unbilled
 * charge back (a voided service) and refuses one a month has drawn (409 charge_already_billed).
 */
import type { BillableCharge } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import { type Ctx, authorize, requireActor } from '../../../lib/context.ts';
import { AppError } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import * as repo from './charges.repository.ts';

export type { NewCharge } from './charges.repository.ts';

/** Posts the charge of a source once; returns whether this call posted it. Audited as the source's money change. */
export async function postCharge(db: DbOrTx, ctx: Ctx, c: repo.NewCharge): Promise<boolean> {
  if (!Number.isInteger(c.amountFen) || c.amountFen <= 0) throw new RangeError('amountFen');
  const id = await repo.insertCharge(db, { ...c, postedBy: c.postedBy ?? ctx.actor?.id ?? null });
  if (!id) return false;
  await audit(db, ctx, {
    propertyId: c.propertyId,
    entityType: 'billable_charge',
    entityId: id,
    action: 'charge.post',
    after: { sheet: c.sheet, source: `${c.sourceKind}:${c.sourceId}`, amountFen: c.amountFen, occurredOn: c.occurredOn },
  });
  return true;
}

/** Takes back the unbilled charge of a voided source; a drawn one → 409 charge_already_billed. */
export async function withdrawCharge(db: DbOrTx, ctx: Ctx, sourceKind: string, sourceId: string) {
  const existing = await repo.chargeOfSource(db, sourceKind, sourceId);
  if (!existing) return false;
  if (existing.billingMonth)
    throw new AppError(
      'charge_already_billed',
      409,
      say(ctx, `该费用已计入 ${existing.billingMonth} 费用表，不能撤回`, `The charge is on the ${existing.billingMonth} fee table already`),
    );
  await repo.deleteUnbilled(db, sourceKind, sourceId);
  await audit(db, ctx, {
    propertyId: existing.propertyId,
    entityType: 'billable_charge',
    entityId: existing.id,
    action: 'charge.withdraw',
    before: { sheet: existing.sheet, source: `${sourceKind}:${sourceId}`, amountFen: existing.amountFen },
  });
  return true;
}

export const presentCharge = (r: repo.ChargeRow): BillableCharge => ({
  id: r.id,
  propertyId: r.propertyId,
  organizationId: r.organizationId,
  organizationName: r.organizationName,
  unitId: r.unitId,
  unitCode: r.unitCode,
  sheet: r.sheet,
  sourceKind: r.sourceKind,
  sourceId: r.sourceId,
  sourceLabel: r.sourceLabel,
  description: r.description,
  amountFen: r.amountFen,
  occurredOn: r.occurredOn,
  billingMonth: r.billingMonth,
  createdAt: r.createdAt.toISOString(),
});

/** The charges waiting for the next month's tables (month omitted) or those a month drew. */
export async function listCharges(ctx: Ctx, q: { propertyId: string; month?: string }) {
  authorize(requireActor(ctx), q.propertyId, 'billing.read');
  const rows = await repo.listCharges(ctx.db, q.propertyId, { month: q.month ?? null });
  return { data: rows.map(presentCharge) };
}

export { drawIntoMonth, releaseMonth, listCharges as listChargeRows } from './charges.repository.ts';
