/**
 * The 会务物资清单 (M13; seed 001 文秘信息组: 明确全部会务物资清单，明确各物资摆放位置 … 清点、回收会务物资). The team writes the
 * lines; warehouse lines are drawn and counted back through the meetings checkout on the main session's service notice
 * (its stock guard and its loss charge), with the caller's ctx so the meetings permissions apply, in the same
 * transaction as the line's own counts. Every write audited and published in its transaction.
 */
import type { EventMaterialLineBody, MaterialStatus } from '@hy/contracts';
import type { Db, DbOrTx } from '../../../db/client.ts';
import type { Ctx } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { audit } from '../../audit/index.ts';
import { publish } from '../../notifications/index.ts';
import { checkoutMaterial, listWarehouseItems, returnMaterial } from '../../meetings/index.ts';
import { openEvent, openForChange } from '../event/event.access.ts';
import { refused } from '../events.shared.ts';
import { mainNoticeOf } from '../programme/programme.sessions.ts';
import { presentLine } from './materials.presenter.ts';
import * as repo from './materials.repository.ts';
import { statusStepAllowed } from './materials.rules.ts';

type Patch = Partial<EventMaterialLineBody> & { status?: MaterialStatus; version: number };

/** The list with live quantities, the figures they follow, the notice materials are drawn on, the totals. */
export async function listMaterials(ctx: Ctx, eventId: string) {
  const { event } = await openEvent(ctx, eventId, 'read');
  const [rows, figures, groups, notice] = await Promise.all([
    repo.linesOf(ctx.db, eventId),
    repo.figuresOf(ctx.db, eventId),
    repo.groupsOf(ctx.db, eventId),
    mainNoticeOf(ctx.db, eventId),
  ]);
  const items = await repo.itemsByIds(ctx.db, [...new Set(rows.map((r) => r.warehouseItemId).filter((x): x is string => !!x))]);
  const names = { groups: new Map(groups.map((g) => [g.id, g.name])), items: new Map(items.map((i) => [i.id, i])) };
  const data = rows.map((r) => presentLine(r, figures, names));
  return {
    event: {
      id: event.id,
      propertyId: event.propertyId,
      name: event.name,
      number: event.number,
      startsOn: event.startsOn,
      endsOn: event.endsOn,
    },
    data,
    figures,
    noticeId: notice?.noticeId ?? null,
    totals: {
      lines: data.length,
      ready: data.filter((l) => l.status !== 'needed').length,
      placed: data.filter((l) => l.status === 'placed' || l.status === 'returned').length,
      returned: data.filter((l) => l.status === 'returned').length,
      purchaseFen: data.reduce((s, l) => s + l.amountFen, 0),
      lossFen: data.reduce((s, l) => s + l.lossFen, 0),
    },
  };
}

async function oneLine(ctx: Ctx, eventId: string, lineId: string) {
  const l = (await listMaterials(ctx, eventId)).data.find((x) => x.id === lineId);
  if (!l) throw errors.notFound('material');
  return l;
}

/** The group must be one of the event's; a warehouse line names an item of the event's property; others name none. */
async function checkRefs(
  ctx: Ctx,
  eventId: string,
  propertyId: string,
  v: { groupId?: string | null; source?: string; warehouseItemId?: string | null },
) {
  if (v.groupId && !(await repo.groupsOf(ctx.db, eventId)).some((g) => g.id === v.groupId))
    throw refused(ctx, 'event_material_group_unknown', 'groupId');
  if (v.source === 'warehouse') {
    if (!v.warehouseItemId) throw refused(ctx, 'event_material_item_required', 'warehouseItemId');
    const item = await repo.findItem(ctx.db, v.warehouseItemId);
    if (!item || item.propertyId !== propertyId) throw refused(ctx, 'event_material_item_required', 'warehouseItemId');
  }
}

export async function createLine(ctx: Ctx, eventId: string, body: EventMaterialLineBody) {
  const { actor, event } = await openForChange(ctx, eventId, 'work');
  await checkRefs(ctx, eventId, event.propertyId, body);
  const row = await ctx.db.transaction(async (tx) => {
    const r = await repo.insertLine(tx, {
      ...body,
      warehouseItemId: body.source === 'warehouse' ? body.warehouseItemId! : null,
      groupId: body.groupId ?? null,
      unitFen: body.unitFen ?? null,
      eventId,
      propertyId: event.propertyId,
      createdBy: actor.id,
      createdAt: ctx.now(),
      updatedAt: ctx.now(),
    });
    await written(tx, ctx, r, 'event_material.created', null);
    return r;
  });
  return oneLine(ctx, eventId, row.id);
}

export async function patchLine(ctx: Ctx, eventId: string, lineId: string, patch: Patch) {
  const { event } = await openForChange(ctx, eventId, 'work');
  const before = await repo.findLine(ctx.db, eventId, lineId);
  if (!before) throw errors.notFound('material');
  const source = patch.source ?? before.source;
  const itemId = patch.warehouseItemId !== undefined ? patch.warehouseItemId : before.warehouseItemId;
  await checkRefs(ctx, eventId, event.propertyId, { groupId: patch.groupId, source, warehouseItemId: itemId });
  const outstanding = before.drawn - before.returned - before.lost;
  if (before.drawn > 0 && (source !== 'warehouse' || itemId !== before.warehouseItemId)) throw refused(ctx, 'event_material_outstanding');
  if (patch.status && !statusStepAllowed(before.status, patch.status, outstanding))
    throw refused(ctx, 'event_material_status_step', 'status');
  const { version, ...v } = patch;
  await ctx.db.transaction(async (tx) => {
    const r = await repo.updateLine(tx, lineId, version, { ...v, warehouseItemId: source === 'warehouse' ? itemId : null }, ctx.now());
    if (!r) throw errors.conflict();
    await written(tx, ctx, r, 'event_material.updated', before);
  });
  return oneLine(ctx, eventId, lineId);
}

/** A tick on the phone: ready, placed or returned (no version: the latest tick wins; the steps still hold). */
export async function setStatus(ctx: Ctx, eventId: string, lineId: string, status: MaterialStatus) {
  const before = await repo.findLine(ctx.db, eventId, lineId);
  await openForChange(ctx, eventId, 'work');
  if (!before) throw errors.notFound('material');
  return patchLine(ctx, eventId, lineId, { status, version: before.version });
}

export async function removeLine(ctx: Ctx, eventId: string, lineId: string) {
  await openForChange(ctx, eventId, 'work');
  const before = await repo.findLine(ctx.db, eventId, lineId);
  if (!before) throw errors.notFound('material');
  if (before.drawn - before.returned - before.lost > 0) throw refused(ctx, 'event_material_outstanding');
  await ctx.db.transaction(async (tx) => {
    await repo.deleteLine(tx, lineId);
    await written(tx, ctx, null, 'event_material.deleted', before);
  });
  return { ok: true as const };
}

/** The warehouse line and the main notice it is drawn on (422 event_no_notice_yet before the programme is noticed). */
async function warehouseLine(ctx: Ctx, eventId: string, lineId: string) {
  await openForChange(ctx, eventId, 'work');
  const line = await repo.findLine(ctx.db, eventId, lineId);
  if (!line) throw errors.notFound('material');
  if (line.source !== 'warehouse' || !line.warehouseItemId) throw refused(ctx, 'event_material_not_warehouse');
  const notice = await mainNoticeOf(ctx.db, eventId);
  if (!notice) throw refused(ctx, 'event_no_notice_yet');
  return { line, itemId: line.warehouseItemId, noticeId: notice.noticeId };
}

/** Draws `qty` through the meetings checkout (its stock guard: 422 insufficient_stock) and counts it on the line. */
export async function drawLine(ctx: Ctx, eventId: string, lineId: string, qty: number) {
  const { line, itemId, noticeId } = await warehouseLine(ctx, eventId, lineId);
  await ctx.db.transaction(async (tx) => {
    await checkoutMaterial({ ...ctx, db: tx as unknown as Db }, noticeId, { itemId, qty });
    const r = await repo.addDrawn(tx, line.id, qty, ctx.now());
    await written(tx, ctx, r, 'event_material.drawn', line, { qty, noticeId });
  });
  return oneLine(ctx, eventId, lineId);
}

/** Counts back what came back to stock and what was lost (charged on the notice as the meetings do), never more than drawn. */
export async function returnLine(ctx: Ctx, eventId: string, lineId: string, input: { returned: number; lost: number }) {
  const { line, itemId, noticeId } = await warehouseLine(ctx, eventId, lineId);
  await ctx.db.transaction(async (tx) => {
    const r = await repo.addReturned(tx, line.id, input.returned, input.lost, ctx.now());
    if (!r) throw refused(ctx, 'event_material_return_exceeds', 'returned');
    await returnMaterial({ ...ctx, db: tx as unknown as Db }, noticeId, { itemId, ...input });
    await written(tx, ctx, r, 'event_material.returned', line, { ...input, noticeId });
  });
  return oneLine(ctx, eventId, lineId);
}

/** The property's warehouse (the meetings list, with its permission) for the line editor's picker. */
export async function warehouse(ctx: Ctx, eventId: string) {
  const { event } = await openForChange(ctx, eventId, 'work');
  return listWarehouseItems(ctx, event.propertyId);
}

async function written(
  tx: DbOrTx,
  ctx: Ctx,
  after: repo.MaterialRow | null,
  action: string,
  before: repo.MaterialRow | null,
  meta?: Record<string, unknown>,
) {
  const r = (after ?? before)!;
  await audit(tx, ctx, { action, entityType: 'event_material', entityId: r.id, propertyId: r.propertyId, before, after, meta });
  await publish(tx, { type: 'event', topic: 'event.materials', propertyId: r.propertyId, entity: { type: 'event', id: r.eventId } });
}
