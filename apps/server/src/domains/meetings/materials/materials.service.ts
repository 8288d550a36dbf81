/**
 * Meeting materials (SPEC M7; seed 004 §5.2.3): warehouse items with stock, checkout per meeting and
 * return with counts (returned and lost), losses charged to the fee statement at the item's loss
 * price. Stock and counts move by guarded atomic UPDATEs (stock + Δ ≥ 0; returned + lost ≤ checked
 * out), so concurrent requests cannot break them. Every write is audited in its transaction.
 */
import { type Ctx, authorize, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { audit } from '../../audit/index.ts';
import * as repo from './materials.repository.ts';
import { failMeeting } from '../meeting/meeting.errors.ts';
import { meetingFor } from '../meeting/meeting.policy.ts';
import { yuan } from '@hy/contracts';

const presentItem = (i: repo.ItemRow) => ({
  id: i.id,
  propertyId: i.propertyId,
  code: i.code,
  name: i.name,
  unit: i.unit,
  stock: i.stock,
  lossFen: i.lossFen,
  technical: i.technical,
  createdAt: i.createdAt.toISOString(),
  updatedAt: i.updatedAt.toISOString(),
  lossPrice: yuan(i.lossFen),
});

export async function listItems(ctx: Ctx, propertyId: string) {
  authorize(requireActor(ctx), propertyId, 'meetings.materials');
  return { data: (await repo.itemsOf(ctx.db, propertyId)).map(presentItem) };
}

export async function createItem(
  ctx: Ctx,
  input: { propertyId: string; code: string; name: string; unit: string; stock: number; lossFen: number; technical: boolean },
) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'meetings.warehouse');
  return ctx.db.transaction(async (tx) => {
    const row = await repo.insertItem(tx, { ...input, createdAt: ctx.now(), updatedAt: ctx.now() });
    if (!row) throw errors.duplicate('code', `物资编码 ${input.code} 已存在`);
    if (input.stock)
      await repo.movement(tx, {
        propertyId: row.propertyId,
        itemId: row.id,
        kind: 'restock',
        qty: input.stock,
        byUser: actor.id,
        at: ctx.now(),
      });
    await audit(tx, ctx, {
      action: 'warehouse_item.created',
      entityType: 'warehouse_item',
      entityId: row.id,
      propertyId: row.propertyId,
      before: null,
      after: row,
    });
    return presentItem(row);
  });
}

export async function restock(ctx: Ctx, id: string, qty: number) {
  const actor = requireActor(ctx);
  const item = await repo.findItem(ctx.db, id);
  if (!item) throw errors.notFound('warehouse item');
  authorize(actor, item.propertyId, 'meetings.warehouse');
  return ctx.db.transaction(async (tx) => {
    const row = (await repo.moveStock(tx, id, qty, ctx.now()))!;
    await repo.movement(tx, { propertyId: row.propertyId, itemId: id, kind: 'restock', qty, byUser: actor.id, at: ctx.now() });
    await audit(tx, ctx, {
      action: 'warehouse_item.restocked',
      entityType: 'warehouse_item',
      entityId: id,
      propertyId: row.propertyId,
      before: { stock: item.stock },
      after: { stock: row.stock },
      meta: { qty },
    });
    return presentItem(row);
  });
}

async function itemOfMeeting(ctx: Ctx, noticeId: string, itemId: string) {
  const m = await meetingFor(ctx, noticeId, 'meetings.materials');
  const item = await repo.findItem(ctx.db, itemId);
  if (!item || item.propertyId !== m.n.propertyId) throw errors.field('itemId', '物资不存在 / unknown item', 'unknown_reference');
  return { ...m, item };
}

/** Draws `qty` from the warehouse for the meeting: refused (422) when the stock does not cover it. */
export async function checkout(ctx: Ctx, noticeId: string, input: { itemId: string; qty: number }) {
  const { actor, n, item } = await itemOfMeeting(ctx, noticeId, input.itemId);
  if (n.status === 'cancelled') throw errors.rule('notice_inactive', '会议已取消');
  return ctx.db.transaction(async (tx) => {
    const stock = await repo.moveStock(tx, item.id, -input.qty, ctx.now());
    if (!stock)
      throw failMeeting('insufficient_stock', `${item.name}库存 ${(await repo.findItem(tx, item.id))!.stock}${item.unit}`, {
        itemId: item.id,
      });
    const row = await repo.addCheckout(tx, { noticeId, itemId: item.id, propertyId: n.propertyId, qty: input.qty });
    await repo.movement(tx, {
      propertyId: n.propertyId,
      itemId: item.id,
      noticeId,
      kind: 'checkout',
      qty: input.qty,
      byUser: actor.id,
      at: ctx.now(),
    });
    await audit(tx, ctx, {
      action: 'meeting_material.checked_out',
      entityType: 'service_notice',
      entityId: noticeId,
      propertyId: n.propertyId,
      meta: { itemId: item.id, qty: input.qty, stock: stock.stock },
    });
    return { itemId: item.id, checkedOut: row.checkedOut, returned: row.returned, lost: row.lost, stock: stock.stock };
  });
}

/** Counts back what came back (to stock) and what was lost (charged); never more than was drawn (422). */
export async function giveBack(ctx: Ctx, noticeId: string, input: { itemId: string; returned: number; lost: number }) {
  const { actor, n, item } = await itemOfMeeting(ctx, noticeId, input.itemId);
  return ctx.db.transaction(async (tx) => {
    const row = await repo.addReturn(tx, noticeId, item.id, input.returned, input.lost);
    if (!row) throw failMeeting('return_exceeds_checkout', undefined, { itemId: item.id });
    const stock = input.returned ? (await repo.moveStock(tx, item.id, input.returned, ctx.now()))! : item;
    for (const [kind, qty] of [
      ['return', input.returned],
      ['loss', input.lost],
    ] as const) {
      if (qty) await repo.movement(tx, { propertyId: n.propertyId, itemId: item.id, noticeId, kind, qty, byUser: actor.id, at: ctx.now() });
    }
    await audit(tx, ctx, {
      action: 'meeting_material.returned',
      entityType: 'service_notice',
      entityId: noticeId,
      propertyId: n.propertyId,
      meta: { itemId: item.id, returned: input.returned, lost: input.lost },
    });
    return {
      itemId: item.id,
      checkedOut: row.checkedOut,
      returned: row.returned,
      lost: row.lost,
      outstanding: row.checkedOut - row.returned - row.lost,
      stock: stock.stock,
    };
  });
}

export async function materialsOf(ctx: Ctx, noticeId: string) {
  await meetingFor(ctx, noticeId, 'meetings.materials');
  const rows = await repo.materialsOf(ctx.db, noticeId);
  return {
    data: rows.map(({ m, item }) => ({
      itemId: item.id,
      code: item.code,
      name: item.name,
      unit: item.unit,
      technical: item.technical,
      checkedOut: m.checkedOut,
      returned: m.returned,
      lost: m.lost,
      outstanding: m.checkedOut - m.returned - m.lost,
      lossFen: m.lost * item.lossFen,
    })),
  };
}

/** Lost materials become technical-loss lines of the meeting's fee statement. */
export async function materialLosses(db: DbOrTx, noticeId: string) {
  return (await repo.materialsOf(db, noticeId))
    .filter(({ m, item }) => m.lost > 0 && item.lossFen > 0)
    .map(({ m, item }) => ({
      code: item.code,
      name: `${item.name}（损耗）`,
      qty: m.lost,
      unit: item.unit,
      unitFen: item.lossFen,
      sourceId: item.id,
    }));
}
