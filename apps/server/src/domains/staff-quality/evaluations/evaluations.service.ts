/**
 * Evaluations (考评) and spot checks: criteria are kept by quality.criteria; a supervisor (quality.manage)
 * evaluates a staff member of the property — never themself — with a score per active criterion; spot checks
 * of the front desk record pass/fail on the four points. Both are kept as inspections of a person.
 */
import type { EvaluationCreate, EvaluationQuery, SpotCheckCreate, StaffEvaluation } from '@hy/contracts';
import { sqlState } from '../../../db/client.ts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, can, memberProperties, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { cursorOf, page } from '../../../lib/paging.ts';
import { audit } from '../../audit/index.ts';
import { localDay, refuse, zoneOf } from '../shared.ts';
import { staffOf } from '../staff.repository.ts';
import * as repo from './evaluations.repository.ts';
import { scoreEvaluation, scoreSpotCheck } from './evaluations.rules.ts';

const presentCriterion = (c: repo.CriterionRow) => ({
  id: c.id,
  name: c.name,
  maxScore: c.maxScore,
  position: c.position,
  active: c.active,
});

function present(e: repo.EvaluationRow, points: repo.PointRow[]): StaffEvaluation {
  return {
    id: e.id,
    propertyId: e.propertyId,
    kind: e.kind,
    month: e.month,
    staffId: e.staffId,
    staffName: e.staffName,
    evaluatorName: e.evaluatorName,
    evaluatedAt: e.evaluatedAt.toISOString(),
    total: e.total,
    maxTotal: e.maxTotal,
    passed: e.passed,
    remarks: e.remarks,
    points: points.map((p) => ({
      criterionId: p.criterionId,
      code: p.code,
      label: p.label,
      maxScore: p.maxScore,
      score: p.score,
      passed: p.passed,
      note: p.note,
    })),
  };
}

export async function listCriteria(ctx: Ctx, propertyId: string) {
  const actor = requireActor(ctx);
  authorize(actor, propertyId, 'quality.read');
  return { data: (await repo.criteriaOf(ctx.db, propertyId)).map(presentCriterion), canManage: can(actor, propertyId, 'quality.criteria') };
}

const exists = (ctx: Ctx) => refuse(ctx, 'criterion_exists', 'name');

export async function addCriterion(ctx: Ctx, input: { propertyId: string; name: string; maxScore: number }) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'quality.criteria');
  try {
    const c = await ctx.db.transaction(async (tx) => {
      const c = await repo.insertCriterion(tx, { propertyId: input.propertyId, name: input.name, maxScore: input.maxScore });
      await audit(tx, ctx, {
        action: 'evaluation_criterion.created',
        entityType: 'evaluation_criterion',
        entityId: c.id,
        propertyId: c.propertyId,
        before: null,
        after: c,
      });
      return c;
    });
    return presentCriterion(c);
  } catch (e) {
    throw sqlState(e) === '23505' ? exists(ctx) : e;
  }
}

export async function updateCriterion(ctx: Ctx, id: string, set: { name?: string; maxScore?: number; active?: boolean }) {
  const actor = requireActor(ctx);
  const c = await repo.findCriterion(ctx.db, id);
  if (!c || !memberProperties(actor).includes(c.propertyId) || !can(actor, c.propertyId, 'quality.read'))
    throw errors.notFound('criterion');
  authorize(actor, c.propertyId, 'quality.criteria');
  try {
    const u = await ctx.db.transaction(async (tx) => {
      const u = (await repo.updateCriterion(tx, id, set))!;
      await audit(tx, ctx, {
        action: 'evaluation_criterion.updated',
        entityType: 'evaluation_criterion',
        entityId: id,
        propertyId: c.propertyId,
        before: c,
        after: u,
      });
      return u;
    });
    return presentCriterion(u);
  } catch (e) {
    throw sqlState(e) === '23505' ? exists(ctx) : e;
  }
}

export async function getEvaluation(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const e = await repo.findEvaluation(ctx.db, id);
  if (!e || !memberProperties(actor).includes(e.propertyId) || !can(actor, e.propertyId, 'quality.read'))
    throw errors.notFound('evaluation');
  return present(e, (await repo.pointsOf(ctx.db, [id])).get(id)!);
}

export async function listEvaluations(ctx: Ctx, q: EvaluationQuery) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'quality.read');
  const rows = await repo.listEvaluations(ctx.db, { ...q, after: cursorOf(q, 2), limit: q.limit + 1 });
  const pts = await repo.pointsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return page(
    rows,
    q.limit,
    (r) => [r.evaluatedAt.toISOString(), r.id],
    (r) => present(r, pts.get(r.id) ?? []),
  );
}

type Scored = { points: Omit<repo.PointRow, 'evaluationId' | 'position'>[]; total: number; maxTotal: number; passed: boolean };

async function write(
  ctx: Ctx,
  kind: 'evaluation' | 'spot_check',
  input: { propertyId: string; staffId: string; month?: string; remarks?: string | null },
  score: () => Promise<Scored>,
) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'quality.manage');
  if (input.staffId === actor.id) throw refuse(ctx, 'evaluation_self', 'staffId');
  const [staff] = await staffOf(ctx.db, input.propertyId, [input.staffId]);
  if (!staff) throw refuse(ctx, 'evaluation_not_staff', 'staffId');
  const s = await score();
  const now = ctx.now();
  const month = input.month ?? localDay(now, await zoneOf(ctx.db, input.propertyId)).slice(0, 7);
  const id = await ctx.db.transaction(async (tx) => {
    const e = await repo.insertEvaluation(tx, {
      propertyId: input.propertyId,
      kind,
      month,
      staffId: staff.id,
      staffName: staff.displayName,
      evaluatorId: actor.id,
      evaluatorName: actor.displayName,
      evaluatedAt: now,
      total: s.total,
      maxTotal: s.maxTotal,
      passed: s.passed,
      remarks: input.remarks ?? null,
    });
    await repo.insertPoints(
      tx,
      s.points.map((p, position) => ({ ...p, evaluationId: e.id, position })),
    );
    await audit(tx, ctx, {
      action: kind === 'evaluation' ? 'staff_evaluation.recorded' : 'spot_check.recorded',
      entityType: 'staff_evaluation',
      entityId: e.id,
      propertyId: e.propertyId,
      before: null,
      after: { ...e, points: s.points },
    });
    return e.id;
  });
  return getEvaluation(ctx, id);
}

export async function evaluate(ctx: Ctx, input: EvaluationCreate) {
  return write(ctx, 'evaluation', input, async () => {
    const r = scoreEvaluation(await repo.criteriaOf(ctx.db, input.propertyId), input.scores);
    if ('refusal' in r) throw refuse(ctx, r.refusal!.code, r.refusal!.path);
    return r;
  });
}

export async function spotCheck(ctx: Ctx, input: SpotCheckCreate) {
  return write(ctx, 'spot_check', input, async () => {
    const r = scoreSpotCheck(input.points, ctx.locale === 'en-US');
    if ('refusal' in r) throw refuse(ctx, r.refusal!.code, r.refusal!.path);
    return r;
  });
}
