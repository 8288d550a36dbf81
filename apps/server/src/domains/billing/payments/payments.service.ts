/**
 * Payments and receipts (T4): the finance department (billing.payments) takes a payment on a notice — partial
 * payments allowed, never more than is outstanding (422 payment_exceeds_due; refunds are not taken here) — and
 * the payment gets its receipt numbered SJ-YYYY-NNNNNN from the property's unbroken sequence: the counter row is
 * locked in the transaction and a unique index guards the number (409 receipt_number_taken). A voided receipt
 * (billing.receipts.void, the supervisor's signature) keeps its number marked 作废, the payment no longer counts
 * and the outstanding amount is restored. Every money change is audited.
 */
import type { PaymentCreate, ReceiptVoid } from '@hy/contracts';
import { PAYMENTS_ERROR_CODES } from '@hy/contracts';
import { sqlState } from '../../../db/client.ts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, requireActor } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import { loadWorkCalendar, localDate } from '../../calendar/index.ts';
import { attachFiles, fileRefs } from '../../files/index.ts';
import * as notices from '../notices/notices.repository.ts';
import { loadNotice, mayRead } from '../notices/notices.service.ts';
import * as repo from './payments.repository.ts';
import { presentReceipt } from './payments.presenter.ts';
import { paymentRefusal, receiptNumber } from './payments.rules.ts';

export const refusedPayment = (ctx: Ctx, code: string, path?: string) => {
  const c = PAYMENTS_ERROR_CODES[code]!;
  const msg = say(ctx, c.zh, c.en);
  return new AppError(code, c.status, msg, path ? [{ path, message: msg, code }] : undefined);
};

export async function recordPayment(ctx: Ctx, noticeId: string, body: PaymentCreate) {
  const { actor, n } = await loadNotice(ctx, noticeId);
  authorize(actor, n.propertyId, 'billing.payments');
  const now = ctx.now();
  const year = Number(localDate(await loadWorkCalendar(ctx.db, n.propertyId), now).slice(0, 4));
  try {
    const paymentId = await ctx.db.transaction(async (tx) => {
      const locked = (await notices.findNotice(tx, noticeId, true))!;
      const why = paymentRefusal(locked.amountFen - locked.paidFen, body.amountFen);
      if (why) throw refusedPayment(ctx, why, why === 'payment_exceeds_due' ? 'amountFen' : undefined);
      const seq = await notices.takeNumbers(tx, n.propertyId, `SJ-${year}`, 1);
      const p = await repo.insertPayment(tx, {
        propertyId: n.propertyId,
        noticeId,
        organizationId: n.organizationId,
        amountFen: body.amountFen,
        method: body.method,
        payerName: body.payerName,
        reference: body.reference ?? null,
        receiptNumber: receiptNumber(year, seq),
        receivedAt: now,
        receivedBy: actor.id,
        receivedByName: actor.displayName,
      });
      const after = await repo.addPaid(tx, noticeId, body.amountFen, now);
      await audit(tx, ctx, {
        action: 'billing_payment.recorded',
        entityType: 'billing_payment',
        entityId: p.id,
        propertyId: n.propertyId,
        before: { noticeNumber: n.number, paidFen: locked.paidFen },
        after: { receiptNumber: p.receiptNumber, amountFen: p.amountFen, method: p.method, payerName: p.payerName, paidFen: after.paidFen },
      });
      return p.id;
    });
    return getReceipt(ctx, paymentId);
  } catch (e) {
    if (sqlState(e) === '23505') throw refusedPayment(ctx, 'receipt_number_taken');
    throw e;
  }
}

async function loadReceipt(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const p = await repo.findPayment(ctx.db, id);
  const n = p ? await notices.findNotice(ctx.db, p.noticeId) : null;
  if (!p || !n || !mayRead(actor, n)) throw errors.notFound('receipt');
  return { actor, p, n };
}

export async function getReceipt(ctx: Ctx, id: string) {
  const { p, n } = await loadReceipt(ctx, id);
  return presentReceipt(p, n);
}

/** Void a receipt: the supervisor's signature, the reason; the number stays (作废), the payment is reversed. */
export async function voidReceipt(ctx: Ctx, id: string, body: ReceiptVoid) {
  const { actor, p, n } = await loadReceipt(ctx, id);
  authorize(actor, n.propertyId, 'billing.receipts.void');
  if (p.voidedAt) throw refusedPayment(ctx, 'receipt_void_already');
  await ctx.db.transaction(async (tx) => {
    await notices.findNotice(tx, n.id, true);
    await attachFiles(tx, ctx, {
      propertyId: n.propertyId,
      ids: [body.signatureFileId],
      entity: { type: 'billing_payment', id },
      kinds: ['signature'],
      field: 'signatureFileId',
    });
    const [drawn] = await fileRefs(tx, [body.signatureFileId]);
    const v = await repo.markVoid(tx, id, {
      at: ctx.now(),
      by: actor.id,
      byName: drawn?.signerName ?? actor.displayName,
      reason: body.reason,
      signatureFileId: body.signatureFileId,
    });
    if (!v) throw refusedPayment(ctx, 'receipt_void_already');
    const after = await repo.addPaid(tx, n.id, -p.amountFen, ctx.now());
    await audit(tx, ctx, {
      action: 'billing_payment.voided',
      entityType: 'billing_payment',
      entityId: id,
      propertyId: n.propertyId,
      before: { receiptNumber: p.receiptNumber, amountFen: p.amountFen, paidFen: after.paidFen + p.amountFen },
      after: { void: true, reason: body.reason, paidFen: after.paidFen, signatureFileId: body.signatureFileId },
    });
  });
  return getReceipt(ctx, id);
}
