/**
 * The 服务收费单 (T5): written for a fax out, typing or copying; priced from the property's list; finished with the
 * operator's name and time; signed by the customer and paid in cash or charged to the company's month (the
 * charge posted once, in the same transaction); handed to the next shift when unfinished; voided only with the
 * supervisor's signature, which takes back the unbilled charge. Also the price list and the two registers.
 */
import { BUSINESS_CENTER_ERROR_CODES } from '@hy/contracts';
import type { BcPrices, BcRegisterKind, BcSlipDetails, BcSlipQuery, BcHandover } from '@hy/contracts';
import type { Actor, Ctx } from '../../../lib/context.ts';
import { authorize, can, memberProperties, requireActor } from '../../../lib/context.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { cursorOf, page } from '../../../lib/paging.ts';
import { audit } from '../../audit/index.ts';
import { postCharge, withdrawCharge } from '../../billing/index.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import { attachFiles } from '../../files/index.ts';
import * as repo from './business-center.repository.ts';
import { presentSlips } from './business-center.presenter.ts';
import { DEFAULT_PRICES, nextSeq, registerRangeOk, slipAmount, slipNumber, slipPages } from './business-center.rules.ts';

export const SOURCE_KIND = 'business_center';

export const refused = (ctx: Ctx, code: string, path?: string) => {
  const c = BUSINESS_CENTER_ERROR_CODES[code]!;
  const msg = say(ctx, c.zh, c.en);
  return new AppError(code, c.status, msg, path ? [{ path, message: msg, code }] : undefined);
};

const mayOf = (actor: Actor, pid: string) => ({
  desk: can(actor, pid, 'paidservices.desk'),
  manage: can(actor, pid, 'paidservices.manage'),
});
/** Desk work: the desk staff or a supervisor. */
export function authorizeDesk(actor: Actor, pid: string) {
  if (!can(actor, pid, 'paidservices.manage')) authorize(actor, pid, 'paidservices.desk');
}

async function load(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const s = await repo.findSlip(ctx.db, id);
  if (!s || !memberProperties(actor).includes(s.propertyId) || !can(actor, s.propertyId, 'paidservices.read'))
    throw errors.notFound('slip');
  return { actor, s };
}

export async function getSlip(ctx: Ctx, id: string) {
  const { actor, s } = await load(ctx, id);
  return (await presentSlips(ctx.db, [s], mayOf(actor, s.propertyId)))[0]!;
}

export async function listSlips(ctx: Ctx, q: BcSlipQuery) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'paidservices.read');
  const rows = await repo.listSlips(ctx.db, { ...q, after: cursorOf(q, 2), limit: q.limit + 1 });
  const shown = await presentSlips(ctx.db, rows.slice(0, q.limit), mayOf(actor, q.propertyId));
  return page(
    rows,
    q.limit,
    (r) => [r.createdAt.toISOString(), r.id],
    (r) => shown.find((x) => x.id === r.id)!,
  );
}

// ---------- price list ----------
export async function prices(ctx: Ctx, propertyId: string) {
  authorize(requireActor(ctx), propertyId, 'paidservices.read');
  const r = await repo.pricesOf(ctx.db, propertyId);
  return {
    propertyId,
    prices: r?.prices ?? DEFAULT_PRICES,
    updatedByName: r?.updatedByName ?? null,
    updatedAt: r?.updatedAt.toISOString() ?? null,
  };
}
const pricesIn = async (ctx: Ctx, pid: string): Promise<BcPrices> => (await repo.pricesOf(ctx.db, pid))?.prices ?? DEFAULT_PRICES;

export async function setPrices(ctx: Ctx, propertyId: string, list: BcPrices) {
  const actor = requireActor(ctx);
  authorize(actor, propertyId, 'paidservices.manage');
  const before = await pricesIn(ctx, propertyId);
  await ctx.db.transaction(async (tx) => {
    await repo.savePrices(tx, { propertyId, prices: list, updatedByName: actor.displayName, updatedAt: ctx.now() });
    await audit(tx, ctx, { action: 'bc_prices.updated', entityType: 'property', entityId: propertyId, propertyId, before, after: list });
  });
  return prices(ctx, propertyId);
}

// ---------- slips ----------
export async function createSlip(
  ctx: Ctx,
  input: { propertyId: string; organizationId?: string | null; customerName: string; details: BcSlipDetails },
) {
  const actor = requireActor(ctx);
  const pid = input.propertyId;
  authorizeDesk(actor, pid);
  if (input.organizationId && !(await repo.organizationIn(ctx.db, pid, input.organizationId)))
    throw errors.field('organizationId', say(ctx, '单位不存在', 'Unknown company'), 'unknown_organization');
  const now = ctx.now();
  const tz = (await loadWorkCalendar(ctx.db, pid)).timeZone;
  const list = await pricesIn(ctx, pid);
  const id = await ctx.db.transaction(async (tx) => {
    await repo.lockNumbering(tx, pid);
    const yyyymm = dayjs(now).tz(tz).format('YYYYMM');
    const number = slipNumber(yyyymm, nextSeq(await repo.lastNumber(tx, pid, `FW-${yyyymm}-`)));
    const s = await repo.insertSlip(tx, {
      propertyId: pid,
      number,
      kind: input.details.kind,
      state: 'open',
      organizationId: input.organizationId ?? null,
      customerName: input.customerName,
      details: input.details,
      amountFen: slipAmount(input.details, list),
      createdBy: actor.id,
      createdByName: actor.displayName,
      createdAt: now,
      updatedAt: now,
    });
    await audit(tx, ctx, { action: 'bc_slip.created', entityType: 'bc_slip', entityId: s.id, propertyId: pid, after: s });
    return s.id;
  });
  return getSlip(ctx, id);
}

/** The operator finishes the work: name and time on the slip; the details (pages typed) may be corrected and repriced. */
export async function finishSlip(ctx: Ctx, id: string, input: { details?: BcSlipDetails }) {
  const { actor, s } = await load(ctx, id);
  authorizeDesk(actor, s.propertyId);
  if (s.state !== 'open') throw refused(ctx, s.state === 'voided' ? 'bc_slip_voided' : 'bc_slip_not_open');
  if (input.details && input.details.kind !== s.kind)
    throw errors.field('details.kind', say(ctx, '不能改变服务类别', 'The service cannot change'));
  const details = input.details ?? s.details;
  const now = ctx.now();
  const amountFen = slipAmount(details, await pricesIn(ctx, s.propertyId));
  await ctx.db.transaction(async (tx) => {
    const u = await repo.updateSlip(tx, id, ['open'], {
      state: 'finished',
      details,
      amountFen,
      operatorName: actor.displayName,
      finishedAt: now,
      updatedAt: now,
    });
    if (!u) throw refused(ctx, 'bc_slip_not_open');
    await audit(tx, ctx, {
      action: 'bc_slip.finished',
      entityType: 'bc_slip',
      entityId: id,
      propertyId: s.propertyId,
      before: s,
      after: u,
    });
  });
  return getSlip(ctx, id);
}

/** The customer signs the slip; cash is paid at the desk, an account slip posts its charge once. */
export async function signSlip(ctx: Ctx, id: string, input: { signerName: string; signatureId: string; payment: 'cash' | 'account' }) {
  const { actor, s } = await load(ctx, id);
  authorizeDesk(actor, s.propertyId);
  if (s.state !== 'finished') throw refused(ctx, s.state === 'voided' ? 'bc_slip_voided' : 'bc_slip_not_finished');
  if (input.payment === 'account' && !s.organizationId) throw refused(ctx, 'bc_account_needs_company', 'payment');
  const now = ctx.now();
  const tz = (await loadWorkCalendar(ctx.db, s.propertyId)).timeZone;
  await ctx.db.transaction(async (tx) => {
    await attachFiles(tx, ctx, {
      propertyId: s.propertyId,
      ids: [input.signatureId],
      entity: { type: 'bc_slip', id },
      kinds: ['signature'],
      field: 'signatureId',
    });
    const u = await repo.updateSlip(tx, id, ['finished'], {
      state: 'signed',
      payment: input.payment,
      signerName: input.signerName,
      signatureFileId: input.signatureId,
      signedAt: now,
      updatedAt: now,
    });
    if (!u) throw refused(ctx, 'bc_slip_not_finished');
    await audit(tx, ctx, { action: 'bc_slip.signed', entityType: 'bc_slip', entityId: id, propertyId: s.propertyId, before: s, after: u });
    if (input.payment === 'account' && s.amountFen > 0)
      await postCharge(tx, ctx, {
        propertyId: s.propertyId,
        organizationId: s.organizationId!,
        unitId: s.unitId,
        sheet: 'other_services',
        sourceKind: SOURCE_KIND,
        sourceId: id,
        sourceLabel: s.number,
        description: describe(ctx, s.details),
        amountFen: s.amountFen,
        occurredOn: dayjs(s.finishedAt ?? now)
          .tz(tz)
          .format('YYYY-MM-DD'),
      });
  });
  return getSlip(ctx, id);
}

export function describe(ctx: Ctx, d: BcSlipDetails) {
  const zh = ctx.locale !== 'en-US';
  if (d.kind === 'fax_out') return zh ? `发传真 ${d.pages} 页` : `Fax out, ${d.pages} p.`;
  if (d.kind === 'typing') return zh ? `打字 ${d.pages} 页` : `Typing, ${d.pages} p.`;
  return zh ? `复印 ${d.size} ${d.pages} 页 × ${d.copies} 份` : `Copying ${d.size}, ${d.pages} p. × ${d.copies}`;
}

/** Unfinished at the end of the shift: where it stopped, for the next shift's list. */
export async function handOver(ctx: Ctx, id: string, h: BcHandover) {
  const { actor, s } = await load(ctx, id);
  authorizeDesk(actor, s.propertyId);
  if (s.state !== 'open') throw refused(ctx, s.state === 'voided' ? 'bc_slip_voided' : 'bc_slip_not_open');
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const u = await repo.updateSlip(tx, id, ['open'], {
      handover: h,
      handoverAt: now,
      handoverByName: actor.displayName,
      takenOverAt: null,
      takenOverByName: null,
      updatedAt: now,
    });
    if (!u) throw refused(ctx, 'bc_slip_not_open');
    await audit(tx, ctx, {
      action: 'bc_slip.handed_over',
      entityType: 'bc_slip',
      entityId: id,
      propertyId: s.propertyId,
      before: s,
      after: u,
    });
  });
  return getSlip(ctx, id);
}

export async function takeOver(ctx: Ctx, id: string) {
  const { actor, s } = await load(ctx, id);
  authorizeDesk(actor, s.propertyId);
  if (s.state !== 'open' || !s.handoverAt || s.takenOverAt) throw refused(ctx, 'bc_handover_missing');
  if (s.handoverByName === actor.displayName) throw refused(ctx, 'bc_handover_self');
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const u = await repo.updateSlip(tx, id, ['open'], { takenOverAt: now, takenOverByName: actor.displayName, updatedAt: now });
    if (!u) throw refused(ctx, 'bc_handover_missing');
    await audit(tx, ctx, {
      action: 'bc_slip.taken_over',
      entityType: 'bc_slip',
      entityId: id,
      propertyId: s.propertyId,
      before: s,
      after: u,
    });
  });
  return getSlip(ctx, id);
}

export async function handovers(ctx: Ctx, propertyId: string) {
  const actor = requireActor(ctx);
  authorize(actor, propertyId, 'paidservices.read');
  return { data: await presentSlips(ctx.db, await repo.handoversWaiting(ctx.db, propertyId), mayOf(actor, propertyId)) };
}

/** Voided only by a supervisor signing for it (报废单据必需经过主管签字才有效); the unbilled charge is taken back. */
export async function voidSlip(ctx: Ctx, id: string, input: { reason: string; signatureId?: string }) {
  const { actor, s } = await load(ctx, id);
  authorize(actor, s.propertyId, 'paidservices.manage');
  if (s.state === 'voided') throw refused(ctx, 'bc_slip_voided');
  if (!input.signatureId) throw refused(ctx, 'bc_void_signature_required', 'signatureId');
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await attachFiles(tx, ctx, {
      propertyId: s.propertyId,
      ids: [input.signatureId!],
      entity: { type: 'bc_slip', id },
      kinds: ['signature'],
      field: 'signatureId',
    });
    await withdrawCharge(tx, ctx, SOURCE_KIND, id);
    const u = await repo.updateSlip(tx, id, ['open', 'finished', 'signed'], {
      state: 'voided',
      voidReason: input.reason,
      voidedAt: now,
      voidedByName: actor.displayName,
      voidSignatureFileId: input.signatureId!,
      updatedAt: now,
    });
    if (!u) throw refused(ctx, 'bc_slip_voided');
    await audit(tx, ctx, { action: 'bc_slip.voided', entityType: 'bc_slip', entityId: id, propertyId: s.propertyId, before: s, after: u });
  });
  return getSlip(ctx, id);
}

// ---------- registers ----------
/** 发报统计本 (faxes out) or 商务中心服务统计本 (typing and copying) of a period: the slips and a line per day. */
export async function register(ctx: Ctx, q: { propertyId: string; register: BcRegisterKind; from: string; to: string }) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'paidservices.read');
  if (!registerRangeOk(q.from, q.to)) throw refused(ctx, 'bc_register_range', 'to');
  const tz = (await loadWorkCalendar(ctx.db, q.propertyId)).timeZone;
  const from = dayjs.tz(q.from, tz).toDate();
  const to = dayjs.tz(q.to, tz).add(1, 'day').toDate();
  const rows = await repo.slipsBetween(ctx.db, q.propertyId, q.register === 'fax' ? ['fax_out'] : ['typing', 'copying'], from, to);
  const data = await presentSlips(ctx.db, rows, mayOf(actor, q.propertyId));
  const byDay = new Map<string, { day: string; slips: number; pages: number; amountFen: number }>();
  for (const r of rows) {
    const day = dayjs(r.createdAt).tz(tz).format('YYYY-MM-DD');
    const d = byDay.get(day) ?? { day, slips: 0, pages: 0, amountFen: 0 };
    d.slips++;
    d.pages += slipPages(r.details);
    d.amountFen += r.amountFen;
    byDay.set(day, d);
  }
  return {
    register: q.register,
    from: q.from,
    to: q.to,
    data,
    days: [...byDay.values()],
    totalFen: rows.reduce((a, r) => a + r.amountFen, 0),
    tz,
  };
}
