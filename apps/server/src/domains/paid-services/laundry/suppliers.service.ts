/**
 * What laundry and meals share: the suppliers (contract period), the evaluations (the CS supervisor's monthly one
 * due N days before the supplier pay day, the weekly meal opinions, the year-end review with the CS manager's
 * renew-or-not decision) and the month statement (确定单 month list per tenant) with the supplier settlement.
 */
import type { z } from 'zod';
import type { supplierEvaluationCreate, supplierEvaluationDecide, supplierCreate, supplierPatch } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, requireActor } from '../../../lib/context.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import { effectiveSettings } from '../../places/index.ts';
import { reader, refused } from './access.ts';
import * as repo from './laundry.repository.ts';
import type { SupplierRow } from './laundry.repository.ts';
import { presentEvaluation, presentSupplier } from './laundry.presenter.ts';
import { evaluationDueOn, statementOf } from './laundry.rules.ts';

export async function listSuppliers(ctx: Ctx, propertyId: string) {
  reader(ctx, propertyId);
  return { data: (await repo.suppliers(ctx.db, propertyId)).map(presentSupplier) };
}

/** The contract may not end before it starts. */
function contractInOrder(ctx: Ctx, from: string | null | undefined, to: string | null | undefined) {
  if (from && to && to < from) throw refused(ctx, 'supplier_contract_order', 'contractTo');
}

export async function createSupplier(ctx: Ctx, input: z.infer<typeof supplierCreate>) {
  authorize(requireActor(ctx), input.propertyId, 'paidservices.manage');
  contractInOrder(ctx, input.contractFrom, input.contractTo);
  const s = await ctx.db.transaction(async (tx) => {
    const s = await repo.insertSupplier(tx, {
      propertyId: input.propertyId,
      kind: input.kind,
      name: input.name,
      contactName: input.contactName ?? null,
      phone: input.phone ?? null,
      contractFrom: input.contractFrom ?? null,
      contractTo: input.contractTo ?? null,
      createdAt: ctx.now(),
    });
    await audit(tx, ctx, { action: 'ps_supplier.created', entityType: 'ps_supplier', entityId: s.id, propertyId: s.propertyId, after: s });
    return s;
  });
  return presentSupplier(s);
}

/** Edit a supplier (only the keys sent change) or deactivate it; another property's supplier is 404. */
export async function updateSupplier(ctx: Ctx, id: string, input: z.infer<typeof supplierPatch>) {
  const actor = requireActor(ctx);
  const before = await repo.findSupplier(ctx.db, id);
  if (!before || !actor.roles[before.propertyId]) throw errors.notFound('supplier');
  authorize(actor, before.propertyId, 'paidservices.manage');
  const set: Partial<SupplierRow> = {};
  if (input.name !== undefined) set.name = input.name;
  if (input.contactName !== undefined) set.contactName = input.contactName || null;
  if (input.phone !== undefined) set.phone = input.phone || null;
  if (input.contractFrom !== undefined) set.contractFrom = input.contractFrom;
  if (input.contractTo !== undefined) set.contractTo = input.contractTo;
  if (input.active !== undefined) set.active = input.active;
  contractInOrder(
    ctx,
    set.contractFrom !== undefined ? set.contractFrom : before.contractFrom,
    set.contractTo !== undefined ? set.contractTo : before.contractTo,
  );
  const after = await ctx.db.transaction(async (tx) => {
    const after = await repo.updateSupplier(tx, id, set);
    await audit(tx, ctx, {
      action: input.active === false ? 'ps_supplier.deactivated' : 'ps_supplier.updated',
      entityType: 'ps_supplier',
      entityId: id,
      propertyId: before.propertyId,
      before,
      after,
    });
    return after;
  });
  return presentSupplier(after);
}

export async function listEvaluations(ctx: Ctx, propertyId: string, kind: 'laundry' | 'meals') {
  const actor = requireActor(ctx);
  authorize(actor, propertyId, 'paidservices.read');
  const set = await effectiveSettings(ctx.db, propertyId);
  const tz = (await loadWorkCalendar(ctx.db, propertyId)).timeZone;
  const month = dayjs(ctx.now()).tz(tz).format('YYYY-MM');
  return {
    data: (await repo.evaluations(ctx.db, propertyId, kind)).map(presentEvaluation),
    dueOn: evaluationDueOn(month, set['paidServices.supplierPayDay'], set['paidServices.evaluationDaysBefore']),
  };
}

export async function createEvaluation(ctx: Ctx, input: z.infer<typeof supplierEvaluationCreate>) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'paidservices.manage');
  const s = await repo.supplierIn(ctx.db, input.propertyId, input.supplierId);
  if (!s) throw errors.field('supplierId', say(ctx, '服务单位不存在', 'Unknown supplier'), 'unknown_supplier');
  const shape = { monthly: /^\d{4}-\d{2}$/, weekly: /^\d{4}-W\d{2}$/, yearly: /^\d{4}$/ }[input.kind];
  if (!shape.test(input.period))
    throw errors.field('period', say(ctx, '考评期间格式不符', 'The period does not fit the kind'), 'bad_period');
  const id = await ctx.db.transaction(async (tx) => {
    const e = await repo.insertEvaluation(tx, {
      propertyId: input.propertyId,
      supplierId: s.id,
      kind: input.kind,
      period: input.period,
      opinions: input.opinions,
      improvements: input.improvements ?? null,
      renew: input.kind === 'yearly' ? (input.renew ?? null) : null,
      writtenByName: actor.displayName,
      createdAt: ctx.now(),
    });
    if (!e) throw refused(ctx, 'evaluation_exists', 'period');
    await audit(tx, ctx, {
      action: 'ps_evaluation.written',
      entityType: 'ps_evaluation',
      entityId: e.id,
      propertyId: e.propertyId,
      after: e,
    });
    return e.id;
  });
  return presentEvaluation((await repo.findEvaluation(ctx.db, id))!);
}

/** The CS manager's decision on a year-end review: renew the agreement or change the supplier. */
export async function decideEvaluation(ctx: Ctx, id: string, input: z.infer<typeof supplierEvaluationDecide>) {
  const actor = requireActor(ctx);
  const e = await repo.findEvaluation(ctx.db, id);
  if (!e || !actor.roles[e.propertyId]) throw errors.notFound('evaluation');
  authorize(actor, e.propertyId, 'paidservices.manage');
  if (e.kind !== 'yearly') throw errors.field('kind', say(ctx, '只有年度总评需要决定', 'Only a year-end review is decided'), 'not_yearly');
  await ctx.db.transaction(async (tx) => {
    const u = await repo.decideEvaluation(tx, id, {
      renew: input.renew,
      decision: input.decision,
      decidedByName: actor.displayName,
      decidedAt: ctx.now(),
    });
    await audit(tx, ctx, {
      action: 'ps_evaluation.decided',
      entityType: 'ps_evaluation',
      entityId: id,
      propertyId: e.propertyId,
      before: e,
      after: u,
    });
  });
  return presentEvaluation((await repo.findEvaluation(ctx.db, id))!);
}

/** The month statement of a kind: signed items per tenant (a tenant sees only theirs) and the supplier settlement. */
export async function monthStatement(ctx: Ctx, kind: 'laundry' | 'meals', q: { propertyId: string; month: string }) {
  const { own } = reader(ctx, q.propertyId);
  const tz = (await loadWorkCalendar(ctx.db, q.propertyId)).timeZone;
  const m = dayjs.tz(`${q.month}-01`, tz);
  const rows = await repo.signedItems(ctx.db, kind, q.propertyId, m.toDate(), m.add(1, 'month').toDate());
  const items = rows
    .filter((r) => !own || r.organizationId === own)
    .map((r) => ({
      id: r.id,
      organizationId: r.organizationId,
      organizationName: r.organizationName,
      supplierId: r.supplierId,
      supplierName: r.supplierName,
      day: dayjs(r.signedAt!).tz(tz).format('YYYY-MM-DD'),
      description:
        'qty' in (r.lines[0] ?? {})
          ? (r.lines as { item: string; qty: number }[]).map((l) => `${l.item}×${l.qty}`).join('、')
          : (r.lines as { dish: string; count: number }[]).map((l) => `${l.dish}×${l.count}`).join('、'),
      amountFen: r.totalFen,
    }));
  return { month: q.month, kind, ...statementOf(items) };
}
