/**
 * Linen and glassware (布草、杯具, T6): the stock per item by place; pieces received into the store; counted out
 * into a room at check-in and back at check-out (what did not come back is lost and flagged on the stay); the
 * dirty pieces sent to the laundry and counted back (a shortfall flagged on the batch and added to the losses).
 */
import {
  LINEN_ITEMS,
  type LaundryBatch,
  type LinenLaundryReturn,
  type LaundrySend,
  type LinenItem,
  type LinenReceive,
} from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, can, memberProperties, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { audit } from '../../audit/index.ts';
import { refused } from '../guest-rooms.shared.ts';
import * as repo from './linen.repository.ts';
import { missing, nonZero, overCounted, totalOf, type Counts } from './linen.rules.ts';

const items = (c: Counts) => LINEN_ITEMS.filter((i) => (c[i] ?? 0) > 0);

export async function stockView(ctx: Ctx, propertyId: string) {
  const actor = requireActor(ctx);
  authorize(actor, propertyId, 'guestrooms.read');
  const rows = await repo.stock(ctx.db, propertyId);
  const by = new Map(rows.map((r) => [r.item, r]));
  return {
    data: LINEN_ITEMS.map((item) => {
      const r = by.get(item);
      const b = {
        inStore: r?.inStore ?? 0,
        inRooms: r?.inRooms ?? 0,
        dirty: r?.dirty ?? 0,
        atLaundry: r?.atLaundry ?? 0,
        lost: r?.lost ?? 0,
      };
      return { item, ...b, total: b.inStore + b.inRooms + b.dirty + b.atLaundry };
    }),
    policies: { manage: can(actor, propertyId, 'guestrooms.manage') },
  };
}

/** Counts linen out of the store into a room (inside the caller's transaction; 409 linen_short). */
export async function countOutToRoom(tx: DbOrTx, ctx: Ctx, propertyId: string, counts: Counts) {
  await repo.ensureStock(tx, propertyId);
  for (const i of items(counts))
    if (!(await repo.move(tx, propertyId, i, { from: 'inStore', take: counts[i]!, to: 'inRooms', put: counts[i]! })))
      throw refused(ctx, 'linen_short', `linenPerRoom.${i}`);
}

/** Counts linen back from a room to the dirty pile; what did not come back is lost. The pieces missing. */
export async function countBackFromRoom(tx: DbOrTx, ctx: Ctx, propertyId: string, out: Counts, back: Counts) {
  if (overCounted(out, back)) throw refused(ctx, 'linen_back_too_many', 'rooms');
  const m = missing(out, back);
  for (const i of items(out)) {
    const u = await repo.move(tx, propertyId, i, { from: 'inRooms', take: out[i]!, to: 'dirty', put: back[i] ?? 0, lost: m[i] ?? 0 });
    if (!u) throw refused(ctx, 'linen_short', 'rooms');
  }
  return totalOf(m);
}

export async function receive(ctx: Ctx, input: LinenReceive) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'guestrooms.manage');
  const c = nonZero(input.counts);
  if (!totalOf(c)) throw refused(ctx, 'linen_nothing_counted', 'counts');
  await ctx.db.transaction(async (tx) => {
    await repo.ensureStock(tx, input.propertyId);
    for (const i of items(c)) await repo.move(tx, input.propertyId, i, { take: 0, to: 'inStore', put: c[i]! });
    await audit(tx, ctx, {
      action: 'guest_linen.received',
      entityType: 'property',
      entityId: input.propertyId,
      propertyId: input.propertyId,
      meta: { counts: c, note: input.note ?? null },
    });
  });
  return stockView(ctx, input.propertyId);
}

export const presentBatch = (b: repo.BatchRow): LaundryBatch => ({
  id: b.id,
  sentAt: b.sentAt.toISOString(),
  sentByName: b.sentByName,
  sent: b.sent,
  returnedAt: b.returnedAt?.toISOString() ?? null,
  returnedByName: b.returnedByName,
  returned: b.returned,
  shortfall: b.shortfall,
  short: totalOf(b.shortfall) > 0,
  note: b.note,
});

export async function listBatches(ctx: Ctx, propertyId: string) {
  authorize(requireActor(ctx), propertyId, 'guestrooms.read');
  return { data: (await repo.batches(ctx.db, propertyId)).map(presentBatch) };
}

/** Sends dirty pieces to the laundry with their counts (409 linen_short when the dirty pile holds fewer). */
export async function sendToLaundry(ctx: Ctx, input: LaundrySend) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'guestrooms.manage');
  const c = nonZero(input.counts);
  if (!totalOf(c)) throw refused(ctx, 'linen_nothing_counted', 'counts');
  const b = await ctx.db.transaction(async (tx) => {
    await repo.ensureStock(tx, input.propertyId);
    for (const i of items(c))
      if (!(await repo.move(tx, input.propertyId, i, { from: 'dirty', take: c[i]!, to: 'atLaundry', put: c[i]! })))
        throw refused(ctx, 'linen_short', `counts.${i}`);
    const b = await repo.insertBatch(tx, {
      propertyId: input.propertyId,
      sentAt: ctx.now(),
      sentByName: actor.displayName,
      sent: c as Record<string, number>,
      note: input.note ?? null,
    });
    await audit(tx, ctx, {
      action: 'guest_laundry.sent',
      entityType: 'guest_laundry_batch',
      entityId: b.id,
      propertyId: input.propertyId,
      before: null,
      after: b,
    });
    return b;
  });
  return presentBatch(b);
}

/** Counts a batch back from the laundry: the pieces back go to the store, a shortfall is flagged and lost. */
export async function returnFromLaundry(ctx: Ctx, id: string, input: LinenLaundryReturn) {
  const actor = requireActor(ctx);
  const b = await repo.findBatch(ctx.db, id);
  if (!b || !memberProperties(actor).includes(b.propertyId) || !can(actor, b.propertyId, 'guestrooms.read'))
    throw errors.notFound('laundry batch');
  authorize(actor, b.propertyId, 'guestrooms.manage');
  if (b.returnedAt) throw refused(ctx, 'laundry_returned');
  const sent = b.sent as Counts;
  const back = nonZero(input.counts);
  if (overCounted(sent, back)) throw refused(ctx, 'laundry_return_too_many', 'counts');
  const short = missing(sent, back);
  const u = await ctx.db.transaction(async (tx) => {
    const u = await repo.returnBatch(tx, id, {
      returnedAt: ctx.now(),
      returnedByName: actor.displayName,
      returned: back as Record<string, number>,
      shortfall: short as Record<string, number>,
      note: input.note ?? b.note,
    });
    if (!u) throw refused(ctx, 'laundry_returned');
    for (const i of items(sent))
      await repo.move(tx, b.propertyId, i as LinenItem, {
        from: 'atLaundry',
        take: sent[i]!,
        to: 'inStore',
        put: back[i] ?? 0,
        lost: short[i] ?? 0,
      });
    await audit(tx, ctx, {
      action: 'guest_laundry.returned',
      entityType: 'guest_laundry_batch',
      entityId: id,
      propertyId: b.propertyId,
      before: b,
      after: u,
      meta: { shortfall: short },
    });
    return u;
  });
  return presentBatch(u);
}
