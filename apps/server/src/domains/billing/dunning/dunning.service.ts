/**
 * Dunning 催缴 (T4): the page of unpaid notices with each step's state (billing.dunning); staff record the
 * printed 催缴通知书 delivered, the tenant rep's visit outcome and the managers' follow-up on a fired step (once).
 * The managers' monthly review of receivables with measures against arrears, signed by the CS supervisor, the
 * project manager or the general manager.
 */
import type { ReviewUpsert } from '@hy/contracts';
import { DUNNING_ERROR_CODES } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, hasRole, requireActor, rolesIn } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import { loadWorkCalendar, localDate } from '../../calendar/index.ts';
import { daysPastDue } from '../arrears/arrears.rules.ts';
import * as notices from '../notices/notices.repository.ts';
import { presentStep } from '../notices/notices.presenter.ts';
import * as repo from './dunning.repository.ts';
import { recordable } from './dunning.rules.ts';

export const refusedDunning = (ctx: Ctx, code: string) => {
  const c = DUNNING_ERROR_CODES[code]!;
  return new AppError(code, c.status, say(ctx, c.zh, c.en));
};

export async function dunningList(ctx: Ctx, propertyId: string) {
  authorize(requireActor(ctx), propertyId, 'billing.dunning');
  const today = localDate(await loadWorkCalendar(ctx.db, propertyId), ctx.now());
  const rows = (await notices.listNotices(ctx.db, { propertyId, unpaidOnly: true })).filter((n) => n.dueOn < today);
  const steps = await notices.stepsOfNotices(
    ctx.db,
    rows.map((r) => r.id),
  );
  const order = ['reminder', 'notice', 'visit', 'escalation'];
  return {
    data: rows
      .map((n) => ({
        noticeId: n.id,
        noticeNumber: n.number,
        month: n.month,
        organizationName: n.organizationName,
        outstandingFen: n.amountFen - n.paidFen,
        dueOn: n.dueOn,
        daysPastDue: daysPastDue(n.dueOn, today),
        steps: steps
          .filter((s) => s.noticeId === n.id)
          .sort((a, b) => order.indexOf(a.step) - order.indexOf(b.step))
          .map(presentStep),
      }))
      .sort((a, b) => b.daysPastDue - a.daysPastDue),
  };
}

/** Record a fired step done: the letter delivered, the visit's outcome, the managers' follow-up. */
export async function recordStep(ctx: Ctx, id: string, outcome: string) {
  const actor = requireActor(ctx);
  const s = await repo.findStep(ctx.db, id);
  if (!s) throw errors.notFound('step');
  authorize(actor, s.propertyId, 'billing.dunning');
  if (!recordable(s.step)) throw refusedDunning(ctx, 'dunning_step_not_recordable');
  if (!s.firedAt) throw refusedDunning(ctx, 'dunning_step_not_fired');
  const done = await ctx.db.transaction(async (tx) => {
    const r = await repo.recordDone(tx, id, { at: ctx.now(), by: actor.id, byName: actor.displayName, outcome });
    if (!r) throw refusedDunning(ctx, 'dunning_step_done');
    await audit(tx, ctx, {
      action: 'billing_dunning.recorded',
      entityType: 'billing_dunning_step',
      entityId: id,
      propertyId: s.propertyId,
      after: { step: s.step, outcome },
    });
    return r;
  });
  return presentStep(done);
}

const REVIEWERS = ['cs_supervisor', 'project_manager', 'general_manager'] as const;

const presentReview = (r: NonNullable<Awaited<ReturnType<typeof repo.findReview>>>) => ({
  id: r.id,
  month: r.month,
  review: r.review,
  measures: r.measures,
  signedByName: r.signedByName,
  signedRole: r.signedRole,
  signedAt: r.signedAt.toISOString(),
});

export async function getReview(ctx: Ctx, q: { propertyId: string; month: string }) {
  authorize(requireActor(ctx), q.propertyId, 'billing.read');
  const r = await repo.findReview(ctx.db, q.propertyId, q.month);
  return { review: r ? presentReview(r) : null };
}

/** The managers' monthly review of receivables: written and signed by a manager (the latest signature stands). */
export async function signReview(ctx: Ctx, b: ReviewUpsert) {
  const actor = requireActor(ctx);
  authorize(actor, b.propertyId, 'billing.read');
  if (!hasRole(actor, b.propertyId, ...REVIEWERS)) throw refusedDunning(ctx, 'review_signer_role');
  const role = REVIEWERS.find((r) => rolesIn(actor, b.propertyId).includes(r))!;
  const before = await repo.findReview(ctx.db, b.propertyId, b.month);
  const r = await ctx.db.transaction(async (tx) => {
    const row = await repo.upsertReview(tx, {
      propertyId: b.propertyId,
      month: b.month,
      review: b.review,
      measures: b.measures,
      signedBy: actor.id,
      signedByName: actor.displayName,
      signedRole: role,
      signedAt: ctx.now(),
    });
    await audit(tx, ctx, {
      action: 'billing_review.signed',
      entityType: 'billing_review',
      entityId: row.id,
      propertyId: b.propertyId,
      before: before ? presentReview(before) : null,
      after: presentReview(row),
    });
    return row;
  });
  return { review: presentReview(r) };
}
