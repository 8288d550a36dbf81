/**
 * Hand-over (F4): an item goes out only against the recipient's or a named proxy's signature (drawn, paper,
 * or the tenant in the portal); damaged packaging is never signed for; warehouse goods and special equipment
 * are signed for in person; outgoing mail goes to the courier with the receipt number. Every hand-over and
 * every refused attempt is audited; a second hand-over of the same item is a 409. Items returned or lost.
 */
import type { Ctx } from '../../../lib/context.ts';
import { authorize } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import { attachFiles } from '../../files/index.ts';
import * as repo from './mail.repository.ts';
import { mayHandOver, isStaffReader, seesConfidential } from './mail.policy.ts';
import { handOverRefusal } from './mail.rules.ts';
import { live, loadItem, notWaiting, present } from './mail.access.ts';
import type { HandOverBody } from './mail.schema.ts';

/** A refused attempt is answered with its code and audited (outside the rolled-back write). */
async function refuse(ctx: Ctx, m: repo.MailRow, code: string, e: AppError): Promise<never> {
  await audit(ctx.db, ctx, {
    action: 'mail_item.hand_over_refused',
    entityType: 'mail_item',
    entityId: m.id,
    propertyId: m.propertyId,
    meta: { code },
  });
  throw e;
}

const REFUSALS = {
  mail_damaged_refused: (ctx: Ctx) =>
    errors.rule(
      'mail_damaged_refused',
      say(ctx, '包装破损的邮件不得签收，已联系收件人', 'A damaged item is never signed for: the recipient is contacted'),
    ),
  mail_proxy_not_allowed: (ctx: Ctx) =>
    errors.rule(
      'mail_proxy_not_allowed',
      say(ctx, '仓库货品及专业设备须由收件人本人签收', 'Warehouse goods and special equipment are signed for by the recipient in person'),
      undefined,
      [{ path: 'signer', message: 'recipient in person only', code: 'mail_proxy_not_allowed' }],
    ),
  mail_not_waiting: notWaiting,
};

/** Hand an item over: the recipient or a named proxy signs (drawn, paper, or the tenant in the portal); outgoing: the courier. */
export async function handOver(ctx: Ctx, id: string, input: HandOverBody) {
  const { actor, m } = await loadItem(ctx, id);
  if (!mayHandOver(actor, m)) throw errors.forbidden();
  if (m.confidential && isStaffReader(actor, m.propertyId) && !seesConfidential(actor, m.propertyId)) throw errors.forbidden();
  const refusal = handOverRefusal(m, m.direction === 'out' ? 'recipient' : input.signer);
  if (refusal) await refuse(ctx, m, refusal, REFUSALS[refusal](ctx));
  const staff = isStaffReader(actor, m.propertyId);
  const methods = staff ? ['screen', 'paper'] : ['portal'];
  if (!methods.includes(input.method))
    throw errors.field('method', say(ctx, '签字方式不正确', `Signature method must be ${methods.join(' or ')}`));
  if (input.method === 'screen' && !input.signatureId)
    await refuse(
      ctx,
      m,
      'mail_signature_required',
      errors.rule('mail_signature_required', say(ctx, '请在屏幕上签字', 'Sign on the screen'), undefined, [
        { path: 'signatureId', message: 'required', code: 'mail_signature_required' },
      ]),
    );
  if (!staff && input.signer !== 'recipient') throw errors.field('signer', say(ctx, '业户本人签收', 'The tenant signs in person'));
  if (m.direction === 'out' && !input.courierReceiptNo)
    throw errors.field('courierReceiptNo', say(ctx, '请填写快递回执单号', 'The courier’s receipt number'), 'required');
  const now = ctx.now();
  try {
    await ctx.db.transaction(async (tx) => {
      if (input.signatureId)
        await attachFiles(tx, ctx, {
          propertyId: m.propertyId,
          ids: [input.signatureId],
          entity: { type: 'mail_item', id: m.id },
          kinds: ['signature'],
          field: 'signatureId',
        });
      const u = await repo.updateItem(tx, m.id, ['waiting'], input.version, {
        status: m.direction === 'out' ? 'sent' : 'picked_up',
        signer: m.direction === 'out' ? 'proxy' : input.signer,
        signerName: input.name,
        signMethod: input.method,
        signatureFileId: input.signatureId ?? null,
        pickedUpAt: now,
        clerkId: staff ? actor.id : null,
        clerkName: staff ? actor.displayName : null,
        courierReceiptNo: input.courierReceiptNo ?? null,
        updatedAt: now,
      });
      if (!u) throw REFUSALS.mail_not_waiting(ctx);
      await audit(tx, ctx, {
        action: m.direction === 'out' ? 'mail_item.sent' : 'mail_item.picked_up',
        entityType: 'mail_item',
        entityId: m.id,
        propertyId: m.propertyId,
        before: m,
        after: u,
      });
      await live(tx, u, m.direction === 'out' ? 'sent' : 'picked_up');
    });
  } catch (e) {
    if (e instanceof AppError && e.code === 'mail_not_waiting') await refuse(ctx, m, 'mail_not_waiting', e);
    throw e;
  }
  return present(ctx, actor, id);
}

export async function closeItem(ctx: Ctx, id: string, input: { to: 'returned' | 'lost'; note: string }) {
  const { actor, m } = await loadItem(ctx, id);
  authorize(actor, m.propertyId, 'frontdesk.mail');
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const u = await repo.updateItem(tx, id, ['waiting', 'unknown', 'refused_damaged'], undefined, {
      status: input.to,
      closedNote: input.note,
      updatedAt: now,
    });
    if (!u) throw notWaiting(ctx);
    await audit(tx, ctx, {
      action: `mail_item.${input.to}`,
      entityType: 'mail_item',
      entityId: id,
      propertyId: m.propertyId,
      before: m,
      after: u,
    });
    await live(tx, u, input.to);
    if (input.to === 'lost')
      await repo.insertIncident(tx, {
        propertyId: m.propertyId,
        itemId: id,
        kind: 'lost',
        note: input.note,
        at: now,
        byId: actor.id,
        byName: actor.displayName,
      });
  });
  return present(ctx, actor, id);
}
