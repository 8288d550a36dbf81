/**
 * Laundry requests (洗客衣服务): logged by the desk from the tenant's call or by the tenant in the portal; the desk
 * phones the laundry (the collect deadline starts); collected; returned with the items (item × qty × price); the
 * tenant signs the 洗衣服务确定单 (portal or the desk's phone), which posts the charge once; a complaint sends it
 * back to re-wash (a new round, no second charge). The price list is agreed by the housekeeping supervisor.
 */
import type { z } from 'zod';
import type { laundryPricesPut, laundryQuery, laundryRequestCreate, LaundryLine, serviceSign } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, requireActor } from '../../../lib/context.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import { postCharge } from '../../billing/index.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import { attachFiles } from '../../files/index.ts';
import { effectiveSettings } from '../../places/index.ts';
import { deskOrManage, reader, refused, seeRecord } from './access.ts';
import * as repo from './laundry.repository.ts';
import { presentLaundry, presentSupplier } from './laundry.presenter.ts';
import { collectDueAt, LAUNDRY_STEPS, linesTotal, stepAllowed } from './laundry.rules.ts';

export async function priceList(ctx: Ctx, propertyId: string) {
  reader(ctx, propertyId);
  const s = (await repo.suppliers(ctx.db, propertyId, 'laundry'))[0] ?? null;
  const rows = s ? await repo.prices(ctx.db, s.id) : [];
  return {
    supplier: s ? presentSupplier(s) : null,
    data: rows.map((p) => ({ id: p.id, item: p.item, washFen: p.washFen, dryCleanFen: p.dryCleanFen, ironFen: p.ironFen })),
  };
}

export async function putPrices(ctx: Ctx, input: z.infer<typeof laundryPricesPut>) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'paidservices.manage');
  const s = await repo.supplierIn(ctx.db, input.propertyId, input.supplierId);
  if (!s) throw errors.field('supplierId', say(ctx, '服务单位不存在', 'Unknown supplier'), 'unknown_supplier');
  if (s.kind !== 'laundry') throw refused(ctx, 'supplier_wrong_kind', 'supplierId');
  await ctx.db.transaction(async (tx) => {
    const before = await repo.prices(tx, s.id);
    await repo.replacePrices(
      tx,
      input.propertyId,
      s.id,
      input.items.map((i, position) => ({
        position,
        item: i.item,
        washFen: i.washFen ?? null,
        dryCleanFen: i.dryCleanFen ?? null,
        ironFen: i.ironFen ?? null,
      })),
    );
    await audit(tx, ctx, {
      action: 'laundry_prices.set',
      entityType: 'ps_supplier',
      entityId: s.id,
      propertyId: input.propertyId,
      before: { items: before },
      after: { items: input.items },
    });
  });
  return priceList(ctx, input.propertyId);
}

async function load(ctx: Ctx, id: string) {
  const r = await repo.findRequest(ctx.db, id);
  const who = seeRecord(ctx, r, 'laundry request');
  return { r: r!, ...who };
}

export async function getRequest(ctx: Ctx, id: string) {
  return presentLaundry((await load(ctx, id)).r);
}

export async function listRequests(ctx: Ctx, q: z.infer<typeof laundryQuery>) {
  const { own } = reader(ctx, q.propertyId);
  let from: Date | undefined, to: Date | undefined;
  if (q.month) {
    const tz = (await loadWorkCalendar(ctx.db, q.propertyId)).timeZone;
    const m = dayjs.tz(`${q.month}-01`, tz);
    from = m.toDate();
    to = m.add(1, 'month').toDate();
  }
  const rows = await repo.listRequests(ctx.db, { propertyId: q.propertyId, organizationId: own, state: q.state, from, to });
  const collectMinutes = (await effectiveSettings(ctx.db, q.propertyId))['paidServices.laundryCollectMinutes'];
  return { data: rows.map(presentLaundry), collectMinutes };
}

/** Log a request: the desk names the company (and unit); a tenant requests for their own company. */
export async function createRequest(ctx: Ctx, input: z.infer<typeof laundryRequestCreate>) {
  const { actor, own } = reader(ctx, input.propertyId);
  if (!own) deskOrManage(ctx, input.propertyId);
  const orgId = own ?? input.organizationId;
  if (!orgId) throw errors.field('organizationId', say(ctx, '请选择单位', 'Choose the company'), 'required');
  const org = await repo.organizationIn(ctx.db, input.propertyId, orgId);
  if (!org) throw errors.field('organizationId', say(ctx, '单位不存在', 'Unknown company'), 'unknown_organization');
  let unitId = own ? (actor.unitId ?? input.unitId ?? null) : (input.unitId ?? null);
  if (unitId) {
    const u = await repo.unitIn(ctx.db, input.propertyId, unitId);
    if (!u || u.organizationId !== org.id)
      throw errors.field('unitId', say(ctx, '单元不属于该单位', 'The unit is not the company’s'), 'unknown_unit');
  } else unitId = (await repo.firstUnitOf(ctx.db, org.id))?.id ?? null;
  const supplier = (await repo.suppliers(ctx.db, input.propertyId, 'laundry'))[0];
  if (!supplier) throw refused(ctx, 'laundry_no_supplier');
  const now = ctx.now();
  const id = await ctx.db.transaction(async (tx) => {
    const r = await repo.insertRequest(tx, {
      propertyId: input.propertyId,
      organizationId: org.id,
      unitId,
      supplierId: supplier.id,
      source: own ? 'portal' : 'desk',
      contactName: input.contactName,
      contactPhone: input.contactPhone ?? null,
      estimate: input.estimate ?? null,
      createdBy: actor.id,
      createdByName: actor.displayName,
      createdAt: now,
      updatedAt: now,
    });
    await audit(tx, ctx, {
      action: 'laundry_request.created',
      entityType: 'ps_laundry_request',
      entityId: r.id,
      propertyId: r.propertyId,
      after: r,
    });
    return r.id;
  });
  return getRequest(ctx, id);
}

/** One guarded step of the desk: call, collect, return (with the items) or re-wash. */
async function step(
  ctx: Ctx,
  id: string,
  name: 'call' | 'collect' | 'return' | 'rewash',
  set: (now: Date, r: repo.LaundryRow) => Promise<Parameters<typeof repo.updateRequest>[3]>,
) {
  const { r, staff } = await load(ctx, id);
  if (!staff) throw errors.notFound('laundry request');
  deskOrManage(ctx, r.propertyId);
  if (!stepAllowed(name, r.state)) throw refused(ctx, 'laundry_wrong_state');
  const now = ctx.now();
  const patch = await set(now, r);
  await ctx.db.transaction(async (tx) => {
    const u = await repo.updateRequest(tx, id, LAUNDRY_STEPS[name], { ...patch, updatedAt: now });
    if (!u) throw refused(ctx, 'laundry_wrong_state');
    await audit(tx, ctx, {
      action: `laundry_request.${name}`,
      entityType: 'ps_laundry_request',
      entityId: id,
      propertyId: r.propertyId,
      before: r,
      after: u,
    });
  });
  return getRequest(ctx, id);
}

export const callSupplier = (ctx: Ctx, id: string) =>
  step(ctx, id, 'call', async (now, r) => {
    const minutes = (await effectiveSettings(ctx.db, r.propertyId))['paidServices.laundryCollectMinutes'];
    return { state: 'called', calledAt: now, collectDueAt: collectDueAt(now, minutes) };
  });
export const markCollected = (ctx: Ctx, id: string) => step(ctx, id, 'collect', async (now) => ({ state: 'collected', collectedAt: now }));
export const markReturned = (ctx: Ctx, id: string, lines: LaundryLine[]) =>
  step(ctx, id, 'return', async (now, r) => {
    // A re-wash round keeps the items and total of the first return.
    const keep = r.rewashCount > 0 && r.lines.length > 0;
    if (!keep && !lines.length) throw refused(ctx, 'laundry_no_lines', 'lines');
    return keep ? { state: 'returned', returnedAt: now } : { state: 'returned', returnedAt: now, lines, totalFen: linesTotal(lines) };
  });
export const sendToRewash = (ctx: Ctx, id: string, note: string) =>
  step(ctx, id, 'rewash', async (_now, r) => ({ state: 'rewash', rewashCount: r.rewashCount + 1, rewashNote: note }));

/** The tenant signs the 洗衣服务确定单 (portal or the desk's phone): the charge is posted once, in the same transaction. */
export async function sign(ctx: Ctx, id: string, input: z.infer<typeof serviceSign>) {
  const { r, actor, staff } = await load(ctx, id);
  if (staff) deskOrManage(ctx, r.propertyId);
  if (!stepAllowed('sign', r.state)) throw refused(ctx, 'laundry_wrong_state');
  if (r.totalFen <= 0) throw refused(ctx, 'laundry_no_lines', 'lines');
  const now = ctx.now();
  const tz = (await loadWorkCalendar(ctx.db, r.propertyId)).timeZone;
  await ctx.db.transaction(async (tx) => {
    await attachFiles(tx, ctx, {
      propertyId: r.propertyId,
      ids: [input.signatureId],
      entity: { type: 'ps_laundry_request', id },
      kinds: ['signature'],
      field: 'signatureId',
    });
    const u = await repo.updateRequest(tx, id, LAUNDRY_STEPS.sign, {
      state: 'signed',
      signerName: input.signerName,
      signatureFileId: input.signatureId,
      signedAt: now,
      updatedAt: now,
    });
    if (!u) throw refused(ctx, 'laundry_wrong_state');
    await postCharge(tx, ctx, {
      propertyId: r.propertyId,
      organizationId: r.organizationId,
      unitId: r.unitId,
      sheet: 'other_services',
      sourceKind: 'laundry',
      sourceId: id,
      sourceLabel: say(ctx, '洗衣服务', 'Laundry'),
      description: r.lines.map((l) => `${l.item}×${l.qty}`).join('、'),
      amountFen: r.totalFen,
      occurredOn: dayjs(now).tz(tz).format('YYYY-MM-DD'),
      postedBy: actor.id,
    });
    await audit(tx, ctx, {
      action: 'laundry_request.signed',
      entityType: 'ps_laundry_request',
      entityId: id,
      propertyId: r.propertyId,
      before: r,
      after: u,
    });
  });
  return getRequest(ctx, id);
}
