/**
 * The cleaning contractor's monthly evaluation: the proposal is computed from the month's hygiene sheets
 * (average per level) and the patrol figures; the housekeeping side saves it as a draft with the deduction
 * rule (terms carry over from the previous month); the manager confirms it once the month is over, and
 * from then on it is locked (409 evaluation_locked). The yearly review lists twelve months for re-tender.
 */
import type { ContractorConfirm, ContractorEvaluation, ContractorSave } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import type { Actor, Ctx } from '../../../lib/context.ts';
import { authorize, can, memberProperties, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { audit } from '../../audit/index.ts';
import { cleaningFindingFigures } from '../../inspections/index.ts';
import { scoresBetween } from '../hygiene/hygiene.repository.ts';
import { average } from '../hygiene/hygiene.rules.ts';
import { localDay, refuse, zoneOf } from '../shared.ts';
import * as repo from './contractor.repository.ts';
import { monthBounds, monthOf, payment, ratingOf, scoreTenths } from './contractor.rules.ts';

/** Terms when nothing was agreed yet (a new property): edited on the first evaluation. */
export const DEFAULT_TERMS = { contractorName: '保洁外包单位', contractAmountFen: 0, fullPayScore: 90, deductBpPerPoint: 100 };

async function figuresOf(db: DbOrTx, propertyId: string, month: string) {
  const { from, toExclusive } = monthBounds(month);
  const scores = await scoresBetween(db, propertyId, from, toExclusive);
  const of = (l: string) => average(scores.filter((s) => s.level === l).map((s) => s.score));
  const p = await cleaningFindingFigures(db, propertyId, month);
  return {
    teamAvg: of('team'),
    areaAvg: of('area'),
    departmentAvg: of('department'),
    inspections: scores.length,
    findings: p.findings,
    reinspections: p.reinspections,
    failedReinspections: p.failedReinspections,
    openFindings: p.open,
  };
}

function compute(figures: Awaited<ReturnType<typeof figuresOf>>, terms: typeof DEFAULT_TERMS) {
  const tenths = scoreTenths(figures);
  const pay = payment({
    amountFen: terms.contractAmountFen,
    fullPayScore: terms.fullPayScore,
    deductBpPerPoint: terms.deductBpPerPoint,
    scoreTenths: tenths,
  });
  return { ...figures, ...terms, scoreTenths: tenths, rating: ratingOf(tenths), ...pay };
}

const policies = (actor: Actor, propertyId: string, state: string, monthOver: boolean) => ({
  save: state !== 'confirmed' && can(actor, propertyId, 'quality.manage'),
  confirm: state === 'draft' && monthOver && can(actor, propertyId, 'quality.contractor.confirm'),
});

function present(actor: Actor, r: repo.EvaluationRow, thisMonth: string): ContractorEvaluation {
  return {
    id: r.id,
    propertyId: r.propertyId,
    month: r.month,
    teamAvg: r.teamAvg,
    areaAvg: r.areaAvg,
    departmentAvg: r.departmentAvg,
    inspections: r.inspections,
    findings: r.findings,
    reinspections: r.reinspections,
    failedReinspections: r.failedReinspections,
    openFindings: r.openFindings,
    contractorName: r.contractorName,
    contractAmountFen: r.contractAmountFen,
    fullPayScore: r.fullPayScore,
    deductBpPerPoint: r.deductBpPerPoint,
    score: r.scoreTenths / 10,
    rating: r.rating,
    deductionFen: r.deductionFen,
    paymentFen: r.paymentFen,
    currency: 'CNY',
    state: r.state,
    remarks: r.remarks,
    preparedByName: r.preparedByName,
    preparedAt: r.preparedAt.toISOString(),
    confirmedByName: r.confirmedByName,
    confirmedAt: r.confirmedAt?.toISOString() ?? null,
    policies: policies(actor, r.propertyId, r.state, r.month < thisMonth),
  };
}

async function thisMonthOf(db: DbOrTx, propertyId: string, now: Date) {
  return monthOf(localDay(now, await zoneOf(db, propertyId)));
}

/** The month's evaluation as saved, or the proposal computed now (nothing written). */
export async function monthEvaluation(ctx: Ctx, propertyId: string, month: string) {
  const actor = requireActor(ctx);
  authorize(actor, propertyId, 'quality.read');
  const thisMonth = await thisMonthOf(ctx.db, propertyId, ctx.now());
  if (month > thisMonth) throw refuse(ctx, 'contractor_month_future', 'month');
  const saved = await repo.findByMonth(ctx.db, propertyId, month);
  if (saved) return present(actor, saved, thisMonth);
  const prev = await repo.latestBefore(ctx.db, propertyId, month);
  const terms = prev
    ? {
        contractorName: prev.contractorName,
        contractAmountFen: prev.contractAmountFen,
        fullPayScore: prev.fullPayScore,
        deductBpPerPoint: prev.deductBpPerPoint,
      }
    : DEFAULT_TERMS;
  const c = compute(await figuresOf(ctx.db, propertyId, month), terms);
  const { scoreTenths: tenths, ...rest } = c;
  return {
    id: null,
    propertyId,
    month,
    ...rest,
    score: tenths / 10,
    currency: 'CNY' as const,
    state: 'proposal' as const,
    remarks: null,
    preparedByName: null,
    preparedAt: null,
    confirmedByName: null,
    confirmedAt: null,
    policies: { save: can(actor, propertyId, 'quality.manage'), confirm: false },
  };
}

export async function getEvaluation(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const r = await repo.findById(ctx.db, id);
  if (!r || !memberProperties(actor).includes(r.propertyId) || !can(actor, r.propertyId, 'quality.read'))
    throw errors.notFound('contractor evaluation');
  return present(actor, r, await thisMonthOf(ctx.db, r.propertyId, ctx.now()));
}

/** Saves (or refreshes) the month's draft with its terms, recomputed from today's figures. */
export async function save(ctx: Ctx, input: ContractorSave) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'quality.manage');
  const thisMonth = await thisMonthOf(ctx.db, input.propertyId, ctx.now());
  if (input.month > thisMonth) throw refuse(ctx, 'contractor_month_future', 'month');
  const id = await ctx.db.transaction(async (tx) => {
    const before = await repo.findByMonth(tx, input.propertyId, input.month);
    if (before?.state === 'confirmed') throw refuse(ctx, 'evaluation_locked');
    const c = compute(await figuresOf(tx, input.propertyId, input.month), {
      contractorName: input.contractorName,
      contractAmountFen: input.contractAmountFen,
      fullPayScore: input.fullPayScore,
      deductBpPerPoint: input.deductBpPerPoint,
    });
    const r = await repo.upsertDraft(tx, {
      propertyId: input.propertyId,
      month: input.month,
      ...c,
      state: 'draft',
      remarks: input.remarks ?? null,
      preparedBy: actor.id,
      preparedByName: actor.displayName,
      preparedAt: ctx.now(),
    });
    if (!r) throw refuse(ctx, 'evaluation_locked');
    await audit(tx, ctx, {
      action: before ? 'contractor_evaluation.updated' : 'contractor_evaluation.drafted',
      entityType: 'contractor_evaluation',
      entityId: r.id,
      propertyId: r.propertyId,
      before,
      after: r,
    });
    return r.id;
  });
  return getEvaluation(ctx, id);
}

/** The manager confirms the month (once it is over): the figures are taken once more, then locked. */
export async function confirm(ctx: Ctx, id: string, body: ContractorConfirm) {
  const actor = requireActor(ctx);
  const r = await repo.findById(ctx.db, id);
  if (!r || !memberProperties(actor).includes(r.propertyId) || !can(actor, r.propertyId, 'quality.read'))
    throw errors.notFound('contractor evaluation');
  authorize(actor, r.propertyId, 'quality.contractor.confirm');
  if (r.state === 'confirmed') throw refuse(ctx, 'evaluation_locked');
  const thisMonth = await thisMonthOf(ctx.db, r.propertyId, ctx.now());
  if (r.month >= thisMonth) throw refuse(ctx, 'contractor_month_open', 'month');
  await ctx.db.transaction(async (tx) => {
    const c = compute(await figuresOf(tx, r.propertyId, r.month), {
      contractorName: r.contractorName,
      contractAmountFen: r.contractAmountFen,
      fullPayScore: r.fullPayScore,
      deductBpPerPoint: r.deductBpPerPoint,
    });
    const u = await repo.confirm(tx, id, {
      ...c,
      remarks: body.remarks ?? r.remarks,
      confirmedBy: actor.id,
      confirmedByName: actor.displayName,
      confirmedAt: ctx.now(),
    });
    if (!u) throw refuse(ctx, 'evaluation_locked');
    await audit(tx, ctx, {
      action: 'contractor_evaluation.confirmed',
      entityType: 'contractor_evaluation',
      entityId: id,
      propertyId: r.propertyId,
      before: r,
      after: u,
    });
  });
  return getEvaluation(ctx, id);
}

export async function listYear(ctx: Ctx, propertyId: string, year: number) {
  const actor = requireActor(ctx);
  authorize(actor, propertyId, 'quality.read');
  const thisMonth = await thisMonthOf(ctx.db, propertyId, ctx.now());
  return { data: (await repo.ofYear(ctx.db, propertyId, year)).map((r) => present(actor, r, thisMonth)) };
}

/** The re-tender review: the year's twelve months, the confirmed ones' average and totals. */
export async function review(ctx: Ctx, propertyId: string, year: number) {
  const actor = requireActor(ctx);
  authorize(actor, propertyId, 'quality.read');
  const rows = new Map((await repo.ofYear(ctx.db, propertyId, year)).map((r) => [r.month, r]));
  const months = Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    const r = rows.get(month);
    return {
      month,
      state: r ? r.state : ('none' as const),
      score: r ? r.scoreTenths / 10 : null,
      rating: r?.rating ?? null,
      paymentFen: r?.paymentFen ?? null,
      deductionFen: r?.deductionFen ?? null,
    };
  });
  const confirmed = [...rows.values()].filter((r) => r.state === 'confirmed');
  return {
    year,
    months,
    confirmedMonths: confirmed.length,
    averageScore: confirmed.length ? Math.round(confirmed.reduce((s, r) => s + r.scoreTenths, 0) / confirmed.length) / 10 : null,
    failMonths: confirmed.filter((r) => r.rating === 'fail').length,
    totalPaymentFen: confirmed.reduce((s, r) => s + r.paymentFen, 0),
    totalDeductionFen: confirmed.reduce((s, r) => s + r.deductionFen, 0),
    generatedAt: ctx.now().toISOString(),
  };
}
