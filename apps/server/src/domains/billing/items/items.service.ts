/**
 * Fee items (T4): managed by admin and the finance manager (billing.items.manage), read with billing.read.
 * Changes are audited; a drawn month keeps its own numbers (its lines carry amounts, not references to prices).
 */
import type { BillingUnit, FeeItem, FeeItemInput, FeeItemUpdate } from '@hy/contracts';
import { feeItemInput } from '@hy/contracts';
import { sqlState } from '../../../db/client.ts';
import { type Ctx, authorize, requireActor } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import * as repo from './items.repository.ts';

export const presentItem = (r: repo.FeeItemRow): FeeItem => ({
  id: r.id,
  propertyId: r.propertyId,
  code: r.code,
  name: r.name,
  sheet: r.sheet,
  basis: r.basis,
  unitLabel: r.unitLabel,
  unitPriceFen: r.unitPriceFen,
  surchargeFen: r.surchargeFen,
  rounding: r.rounding,
  dueDay: r.dueDay,
  active: r.active,
  position: r.position,
  updatedAt: r.updatedAt.toISOString(),
});

const codeTaken = (ctx: Ctx) =>
  new AppError('fee_item_code_taken', 409, say(ctx, '收费项目编号已存在', 'The fee item code is taken'), [
    { path: 'code', message: 'taken', code: 'fee_item_code_taken' },
  ]);

export async function listItems(ctx: Ctx, propertyId: string) {
  authorize(requireActor(ctx), propertyId, 'billing.read');
  return { data: (await repo.listItems(ctx.db, propertyId)).map(presentItem) };
}

export async function createItem(ctx: Ctx, input: FeeItemInput) {
  authorize(requireActor(ctx), input.propertyId, 'billing.items.manage');
  const v = feeItemInput.parse(input);
  try {
    return await ctx.db.transaction(async (tx) => {
      const row = await repo.insertItem(tx, v);
      await audit(tx, ctx, { propertyId: row.propertyId, entityType: 'fee_item', entityId: row.id, action: 'fee_item.create', after: v });
      return presentItem(row);
    });
  } catch (e) {
    if (sqlState(e) === '23505') throw codeTaken(ctx);
    throw e;
  }
}

export async function updateItem(ctx: Ctx, id: string, input: FeeItemUpdate) {
  const actor = requireActor(ctx);
  const before = await repo.itemById(ctx.db, id);
  if (!before) throw errors.notFound();
  authorize(actor, before.propertyId, 'billing.items.manage');
  try {
    return await ctx.db.transaction(async (tx) => {
      const row = await repo.updateItem(tx, id, input as Partial<repo.FeeItemRow>, ctx.now());
      await audit(tx, ctx, {
        propertyId: row.propertyId,
        entityType: 'fee_item',
        entityId: id,
        action: 'fee_item.update',
        before: presentItem(before),
        after: presentItem(row),
      });
      return presentItem(row);
    });
  } catch (e) {
    if (sqlState(e) === '23505') throw codeTaken(ctx);
    throw e;
  }
}

const presentUnit = (u: Awaited<ReturnType<typeof repo.listUnits>>[number]): BillingUnit => ({
  ...u,
  billingAreaSqm: u.billingAreaSqm === null ? null : Number(u.billingAreaSqm),
});

export async function listUnits(ctx: Ctx, propertyId: string) {
  authorize(requireActor(ctx), propertyId, 'billing.read');
  return { data: (await repo.listUnits(ctx.db, propertyId)).map(presentUnit) };
}

export async function setUnitArea(ctx: Ctx, unitId: string, area: number) {
  const actor = requireActor(ctx);
  const unit = await repo.unitById(ctx.db, unitId);
  if (!unit) throw errors.notFound();
  authorize(actor, unit.propertyId, 'billing.items.manage');
  await ctx.db.transaction(async (tx) => {
    await repo.setArea(tx, unitId, area);
    await audit(tx, ctx, {
      propertyId: unit.propertyId,
      entityType: 'unit',
      entityId: unitId,
      action: 'unit.billing_area',
      before: { billingAreaSqm: unit.billingAreaSqm === null ? null : Number(unit.billingAreaSqm) },
      after: { billingAreaSqm: area },
    });
  });
  const row = (await repo.listUnits(ctx.db, unit.propertyId)).find((u) => u.id === unitId)!;
  return presentUnit(row);
}
