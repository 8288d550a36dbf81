/**
 * The shift handover (交接班, F5): the outgoing shift writes it — the server draws up the open items and the
 * shift's counts, the writer adds notes and extra items — and the next shift acknowledges it item by item,
 * then accepts it. Nobody takes over their own handover (422 handover_own); of two people acknowledging the
 * same item at once one wins and the other gets 409 handover_item_acked; one handover per shift (409).
 */
import type { HandoverCreate as HandoverCreateInput } from '@hy/contracts';
import { sqlState } from '../../../db/client.ts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, can, memberProperties, requireActor } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { cursorOf, page } from '../../../lib/paging.ts';
import { audit } from '../../audit/index.ts';
import { publish } from '../../notifications/index.ts';
import * as repo from './handover.repository.ts';
import { presentHandover, presentSummary } from './handover.presenter.ts';
import { acceptRefusal, ackRefusal } from './handover.rules.ts';
import { drawUp } from './handover.snapshot.ts';
import type { HandoverQuery } from './handover.schema.ts';

type Tx = Parameters<typeof publish>[0];
const live = (tx: Tx, propertyId: string, id: string, topic: string) =>
  publish(tx, { type: 'event', topic, propertyId, entity: { type: 'handover', id } });

const REFUSALS = {
  handover_own: { status: 422, zh: '不能接收自己写的交接班', en: 'You cannot take over your own handover' },
  handover_item_acked: { status: 409, zh: '该事项已被确认', en: 'The item was acknowledged already' },
  handover_items_pending: { status: 422, zh: '还有事项未确认，不能接班', en: 'Some items are not acknowledged yet' },
  handover_already_accepted: { status: 409, zh: '该交接班已被接收', en: 'The handover was accepted already' },
} as const;
const refused = (ctx: Ctx, code: keyof typeof REFUSALS, extra?: Record<string, unknown>) =>
  new AppError(code, REFUSALS[code].status, say(ctx, REFUSALS[code].zh, REFUSALS[code].en), undefined, extra);
const isUnique = (e: unknown) => sqlState(e) === '23505';

async function load(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const h = await repo.findHandover(ctx.db, id);
  if (!h || !memberProperties(actor).includes(h.propertyId) || !can(actor, h.propertyId, 'frontdesk.handover'))
    throw errors.notFound('handover');
  return { actor, h };
}

export async function getHandover(ctx: Ctx, id: string) {
  const { actor, h } = await load(ctx, id);
  return presentHandover(actor, h, await repo.itemsOf(ctx.db, id));
}

/** The latest handover submitted and not accepted yet (what the next shift has to take over), or null. */
export async function currentHandover(ctx: Ctx, propertyId: string) {
  const actor = requireActor(ctx);
  authorize(actor, propertyId, 'frontdesk.handover');
  const h = await repo.latestSubmitted(ctx.db, propertyId);
  return { data: h ? presentHandover(actor, h, await repo.itemsOf(ctx.db, h.id)) : null };
}

export async function listHandovers(ctx: Ctx, q: HandoverQuery) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'frontdesk.handover');
  const rows = await repo.listHandovers(ctx.db, { ...q, after: cursorOf(q, 2), limit: q.limit + 1 });
  const tallies = await repo.talliesOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return page(
    rows,
    q.limit,
    (r) => [r.shiftStart.toISOString(), r.id],
    (r) => presentSummary(actor, r, tallies.get(r.id)!),
  );
}

/** What a handover written now would hold (the writer's preview; nothing is written). */
export async function draft(ctx: Ctx, propertyId: string) {
  const actor = requireActor(ctx);
  authorize(actor, propertyId, 'frontdesk.handover');
  const { shift, counts, items, existing } = await drawUp(ctx.db, propertyId, ctx.now());
  return {
    propertyId,
    shift: shift.shift,
    shiftName: shift.name,
    shiftStart: shift.start.toISOString(),
    shiftEnd: shift.end.toISOString(),
    counts,
    items,
    existingId: existing?.id ?? null,
  };
}

const exists = (ctx: Ctx) =>
  new AppError('handover_exists', 409, say(ctx, '本班次已写过交接班记录', 'This shift has been handed over already'));

/** The outgoing shift writes its handover: the drawn-up snapshot, the extra items and the notes, in one transaction. */
export async function submit(ctx: Ctx, input: HandoverCreateInput & { extraItems: { title: string; detail?: string | null }[] }) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'frontdesk.handover');
  const now = ctx.now();
  try {
    const id = await ctx.db.transaction(async (tx) => {
      const { shift, counts, items, existing } = await drawUp(tx, input.propertyId, now);
      if (existing) throw exists(ctx);
      const h = await repo.insertHandover(tx, {
        propertyId: input.propertyId,
        shift: shift.shift,
        shiftName: shift.name,
        shiftStart: shift.start,
        shiftEnd: shift.end,
        state: 'submitted',
        writtenBy: actor.id,
        writtenByName: actor.displayName,
        submittedAt: now,
        notes: input.notes ?? null,
        counts,
      });
      const all = [
        ...items.map((i) => ({ ...i, at: i.at ? new Date(i.at) : null })),
        ...input.extraItems.map((e) => ({
          kind: 'extra' as const,
          refId: null,
          title: e.title,
          detail: e.detail ?? null,
          at: null,
          flagged: false,
        })),
      ];
      await repo.insertItems(
        tx,
        all.map((i, position) => ({ ...i, handoverId: h.id, position })),
      );
      await audit(tx, ctx, {
        action: 'handover.submitted',
        entityType: 'shift_handover',
        entityId: h.id,
        propertyId: h.propertyId,
        before: null,
        after: { ...h, items: all.length },
      });
      await live(tx, h.propertyId, h.id, 'handover.submitted');
      return h.id;
    });
    return getHandover(ctx, id);
  } catch (e) {
    throw isUnique(e) ? exists(ctx) : e;
  }
}

/** The next shift acknowledges one item (with a remark when there is something to say). */
export async function acknowledge(ctx: Ctx, id: string, itemId: string, body: { remark?: string | null }) {
  const { actor, h } = await load(ctx, id);
  const item = await repo.findItem(ctx.db, id, itemId);
  if (!item) throw errors.notFound('handover item');
  const why = ackRefusal(h, actor.id, item);
  if (why) throw refused(ctx, why);
  await ctx.db.transaction(async (tx) => {
    const u = await repo.ackItem(tx, id, itemId, {
      ackedAt: ctx.now(),
      ackedBy: actor.id,
      ackedByName: actor.displayName,
      remark: body.remark ?? null,
    });
    if (!u) throw refused(ctx, 'handover_item_acked');
    await audit(tx, ctx, {
      action: 'handover.item_acknowledged',
      entityType: 'shift_handover',
      entityId: id,
      propertyId: h.propertyId,
      before: item,
      after: u,
    });
    await live(tx, h.propertyId, id, 'handover.acknowledged');
  });
  return getHandover(ctx, id);
}

/** The next shift accepts the whole handover once every item is acknowledged. */
export async function accept(ctx: Ctx, id: string, body: { remark?: string | null }) {
  const { actor, h } = await load(ctx, id);
  const pending = (await repo.talliesOf(ctx.db, [id])).get(id)!.pending;
  const why = acceptRefusal(h, actor.id, pending);
  if (why) throw refused(ctx, why, why === 'handover_items_pending' ? { pending } : undefined);
  await ctx.db.transaction(async (tx) => {
    const u = await repo.accept(tx, id, {
      acceptedAt: ctx.now(),
      acceptedBy: actor.id,
      acceptedByName: actor.displayName,
      acceptRemark: body.remark ?? null,
    });
    if (!u) {
      const cur = await repo.findHandover(tx, id);
      throw refused(ctx, cur?.state === 'accepted' ? 'handover_already_accepted' : 'handover_items_pending');
    }
    await audit(tx, ctx, {
      action: 'handover.accepted',
      entityType: 'shift_handover',
      entityId: id,
      propertyId: h.propertyId,
      before: h,
      after: u,
    });
    await live(tx, h.propertyId, id, 'handover.accepted');
  });
  return getHandover(ctx, id);
}
