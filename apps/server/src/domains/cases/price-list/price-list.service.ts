/**
 * The repair price list (S6): labour and materials with unit and price in fen, per property. Kept by the
 * billing staff (cases.billing); read by whoever quotes (engineers, the desk) and the billing staff.
 * Items are deactivated, never deleted: a quote copies the name and price it used.
 */
import { yuan } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, can, memberProperties, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import * as repo from './price-list.repository.ts';
import type { ItemInput, ItemPatch } from './price-list.schema.ts';

export const presentItem = (r: repo.PriceItemRow) => ({
  id: r.id,
  propertyId: r.propertyId,
  name: r.name,
  kind: r.kind,
  unit: r.unit,
  priceFen: r.priceFen,
  priceYuan: yuan(r.priceFen),
  active: r.active,
  sort: r.sort,
  updatedAt: r.updatedAt.toISOString(),
});

/** Who may read the list in a property: the quoting staff and the billing staff. */
export function assertReader(ctx: Ctx, propertyId: string) {
  const actor = requireActor(ctx);
  if (!memberProperties(actor).includes(propertyId)) throw errors.notFound();
  if (!(['workorders.work', 'cases.handle', 'cases.billing'] as const).some((p) => can(actor, propertyId, p))) throw errors.forbidden();
  return actor;
}

export async function listItems(ctx: Ctx, q: { propertyId: string; active?: 'true' | 'false' }) {
  assertReader(ctx, q.propertyId);
  const rows = await repo.listItems(ctx.db, q.propertyId, q.active === undefined ? undefined : q.active === 'true');
  return { data: rows.map(presentItem) };
}

const taken = (ctx: Ctx) => errors.duplicate('name', say(ctx, '价目表中已有同名项目', 'The price list has an item of that name'));

export async function createItem(ctx: Ctx, input: ItemInput) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'cases.billing');
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const r = await repo.insertItem(tx, { ...input, createdBy: actor.id, createdAt: now, updatedAt: now });
    if (!r) throw taken(ctx);
    await audit(tx, ctx, {
      action: 'repair_price.create',
      entityType: 'repair_price_item',
      entityId: r.id,
      propertyId: r.propertyId,
      after: r,
    });
    return presentItem(r);
  });
}

export async function updateItem(ctx: Ctx, id: string, patch: ItemPatch) {
  const actor = requireActor(ctx);
  const before = await repo.findItem(ctx.db, id);
  if (!before || !memberProperties(actor).includes(before.propertyId)) throw errors.notFound('price item');
  authorize(actor, before.propertyId, 'cases.billing');
  return ctx.db.transaction(async (tx) => {
    if (patch.name && (await repo.nameTaken(tx, before.propertyId, patch.name, id))) throw taken(ctx);
    const r = (await repo.updateItem(tx, id, { ...patch, updatedAt: ctx.now() }))!;
    await audit(tx, ctx, {
      action: 'repair_price.update',
      entityType: 'repair_price_item',
      entityId: id,
      propertyId: r.propertyId,
      before,
      after: r,
    });
    return presentItem(r);
  });
}
