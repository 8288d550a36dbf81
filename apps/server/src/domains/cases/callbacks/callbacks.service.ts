/**
 * Callbacks (S7, 回访): after completion the front desk calls back (satisfied with the result,
 * courtesy and attitude); a dissatisfied callback reopens the case. The reporting tenant may also rate
 * a finished case on the portal; both land in the callback register.
 */
import type { Ctx } from '../../../lib/context.ts';
import { can, requireActor } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import { notify } from '../../notifications/index.ts';
import * as caseRepo from '../case/case.repository.ts';
import type { CaseRow } from '../case/case.repository.ts';
import { assertVisible, isReporter } from '../case/case.policy.ts';
import { handle } from '../case/case.service.ts';
import { saveCase } from '../case/case.timeline.ts';
import * as repo from './callbacks.repository.ts';
import { callbackReopens, ratingAlerts } from './callbacks.rules.ts';
import { presentCallback } from './callbacks.presenter.ts';

export async function addCallback(
  ctx: Ctx,
  id: string,
  input: { satisfied: boolean; courtesyRating: number; attitudeRating: number; comment?: string | null },
) {
  return handle(ctx, id, async (tx, c) => {
    if (c.status !== 'resolved' && c.status !== 'closed')
      throw errors.rule('callback_not_due', say(ctx, '处理完成后才能回访', 'Call back after the case is resolved'), { status: c.status });
    const now = ctx.now();
    const reopen = callbackReopens(input);
    const cb = await repo.insertCallback(tx, {
      propertyId: c.propertyId,
      caseId: c.id,
      byId: ctx.actor!.id,
      at: now,
      satisfiedResult: input.satisfied,
      courtesyRating: input.courtesyRating,
      attitudeRating: input.attitudeRating,
      comment: input.comment ?? null,
      reopened: reopen,
    });
    const patch: Partial<CaseRow> = reopen
      ? {
          status: 'reopened',
          reopenedCount: c.reopenedCount + 1,
          resolvedAt: null,
          closedAt: null,
          closedBy: null,
          closeResult: null,
          closeNote: null,
          closeApproverId: null,
        }
      : {};
    await saveCase(tx, ctx, c, patch, {
      kind: reopen ? 'reopened' : 'callback',
      note: input.comment,
      data: { callbackId: cb.id, satisfied: input.satisfied, courtesy: input.courtesyRating, attitude: input.attitudeRating },
    });
    if (reopen) {
      await notify(tx, {
        propertyId: c.propertyId,
        userIds: [c.createdBy, c.assigneeId].filter((x): x is string => !!x),
        roles: ['cs_supervisor'],
        kind: 'case.reopened',
        severity: 'warning',
        message: { key: 'case.reopened', params: { number: c.number, comment: input.comment ?? null } },
        link: `/cases/${c.id}`,
      });
    }
  });
}

/** The reporting tenant rates a finished case once. */
export async function rateCase(ctx: Ctx, id: string, input: { satisfied: boolean; rating: number; comment?: string | null }) {
  const actor = requireActor(ctx);
  const c = await caseRepo.findCase(ctx.db, id);
  if (!c) throw errors.notFound('case');
  assertVisible(actor, c);
  if (!isReporter(actor, c) || !can(actor, c.propertyId, 'cases.report')) throw errors.forbidden();
  if (c.status !== 'resolved' && c.status !== 'closed')
    throw errors.rule('rating_not_due', say(ctx, '案件处理完成后才能评价', 'Rate the case after it is resolved'), { status: c.status });
  if (await repo.ratingsBy(ctx.db, c.id, actor.id)) throw new AppError('already_rated', 409, say(ctx, '您已评价过该案件', 'Already rated'));
  const now = ctx.now();
  const cb = await ctx.db.transaction(async (tx) => {
    // Recorded in the callback register; dissatisfaction alerts the supervisor, whose callback decides on reopening.
    const cb = await repo.insertCallback(tx, {
      propertyId: c.propertyId,
      caseId: c.id,
      byId: actor.id,
      at: now,
      satisfiedResult: input.satisfied,
      courtesyRating: input.rating,
      attitudeRating: input.rating,
      comment: input.comment ?? null,
      reopened: false,
      source: 'tenant',
    });
    await caseRepo.insertEvent(tx, {
      propertyId: c.propertyId,
      caseId: c.id,
      kind: 'tenant_rating',
      actorId: actor.id,
      actorName: actor.displayName,
      note: input.comment ?? null,
      data: { satisfied: input.satisfied, rating: input.rating },
      at: now,
    });
    await audit(tx, ctx, { action: 'case.rated', entityType: 'case', entityId: c.id, propertyId: c.propertyId, before: null, after: cb });
    if (ratingAlerts(input)) {
      await notify(tx, {
        propertyId: c.propertyId,
        roles: ['cs_supervisor'],
        kind: 'case.tenant_dissatisfied',
        severity: 'warning',
        message: { key: 'case.tenant_dissatisfied', params: { number: c.number, comment: input.comment ?? null } },
        link: `/cases/${c.id}`,
        data: { caseId: c.id },
      });
    }
    return cb;
  });
  return presentCallback(cb);
}
