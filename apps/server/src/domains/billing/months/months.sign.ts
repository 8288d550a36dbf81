/**
 * Signing the receivables 《物业管理费用应收表》 (billing.sign): the CS manager (客服主管), then the general
 * manager, then the finance manager, each with the signature drawn on the screen. Out of order → 409
 * billing_sign_out_of_order; a step signed already → 409 billing_sign_step_done; no signing role → 403. The
 * last signature locks the month and issues the payment notices in the same transaction; the next signer is
 * notified.
 */
import type { SignStep } from '@hy/contracts';
import { type Ctx, authorize, requireActor, rolesIn } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import { attachFiles } from '../../files/index.ts';
import { notify } from '../../notifications/index.ts';
import { issueNotices } from '../notices/notices.service.ts';
import * as repo from './months.repository.ts';
import { STEP_ROLE, nextStep, signVerdict } from './months.rules.ts';
import { getMonth, monthLocked } from './months.service.ts';

/** Signs the month's next step; `signatureFileId` null only for the demo's history. */
export async function signMonth(ctx: Ctx, id: string, signatureFileId: string | null) {
  const actor = requireActor(ctx);
  const found = await repo.monthById(ctx.db, id);
  if (!found) throw errors.notFound();
  authorize(actor, found.propertyId, 'billing.sign');
  await ctx.db.transaction(async (tx) => {
    const m = (await repo.monthById(tx, id, true))!;
    if (m.state === 'signed') throw monthLocked(ctx);
    const live = (await repo.signaturesOf(tx, id)).filter((s) => !s.voidedAt).map((s) => s.step as SignStep);
    const v = signVerdict(rolesIn(actor, m.propertyId), live);
    if (!v.ok) {
      if (v.code === 'forbidden') throw errors.forbidden();
      if (v.code === 'billing_sign_step_done')
        throw new AppError(v.code, 409, say(ctx, '您这一步已签字', 'You have signed this step already'));
      throw new AppError(
        v.code,
        409,
        say(
          ctx,
          '请按顺序签字：客服经理 → 总经理 → 财务经理，上一步尚未签字',
          'Sign in order: CS manager → general manager → finance manager; the previous step is not signed yet',
        ),
        undefined,
        { nextStep: nextStep(live) },
      );
    }
    if (signatureFileId)
      await attachFiles(tx, ctx, {
        propertyId: m.propertyId,
        ids: [signatureFileId],
        entity: { type: 'billing_month', id },
        kinds: ['signature'],
        field: 'signatureFileId',
      });
    await repo.insertSignature(tx, {
      monthId: id,
      step: v.step,
      version: m.version,
      signerId: actor.id,
      signerName: actor.displayName,
      signatureFileId,
      signedAt: ctx.now(),
    });
    const after = nextStep([...live, v.step]);
    await repo.updateMonth(tx, id, after ? { state: 'signing' } : { state: 'signed', signedAt: ctx.now() });
    await audit(tx, ctx, {
      propertyId: m.propertyId,
      entityType: 'billing_month',
      entityId: id,
      action: 'billing_month.sign',
      after: { step: v.step, version: m.version, totalFen: m.totalFen, state: after ? 'signing' : 'signed' },
    });
    if (after)
      await notify(tx, {
        propertyId: m.propertyId,
        roles: [STEP_ROLE[after]],
        kind: 'billing.month_to_sign',
        message: { key: 'billing.month_to_sign', params: { month: m.month, step: after, totalFen: m.totalFen } },
        link: `/billing/months?month=${m.month}`,
      });
    else await issueNotices(tx, ctx, id);
  });
  return getMonth(ctx, id);
}
