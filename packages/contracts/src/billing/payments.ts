/**
 * Payments and receipts (T4): partial payments allowed, never more than is outstanding (refunds are not taken
 * here); each payment gets a receipt numbered SJ-YYYY-NNNNNN from an unbroken per-property sequence; a voided
 * receipt keeps its number (作废), needs the supervisor's signature and restores the outstanding amount.
 */
import { z } from 'zod';
import { instant, nullableInstant, optText, positiveFen, reqText, uuid } from '../fields.ts';

export const PAYMENT_METHODS = ['cash', 'transfer', 'card'] as const;
export type PaymentMethodCode = (typeof PAYMENT_METHODS)[number];

export const paymentCreate = z.object({
  amountFen: positiveFen,
  method: z.enum(PAYMENT_METHODS),
  payerName: reqText(60),
  reference: optText(100),
});
export type PaymentCreate = z.infer<typeof paymentCreate>;

export const receiptVoid = z.object({ reason: reqText(200), signatureFileId: uuid });
export type ReceiptVoid = z.infer<typeof receiptVoid>;

export const billingReceipt = z.object({
  id: uuid,
  number: z.string(),
  payee: z.string(),
  noticeId: uuid,
  noticeNumber: z.string(),
  month: z.string(),
  organizationName: z.string(),
  amountFen: z.number().int(),
  amountInWords: z.string(),
  method: z.enum(PAYMENT_METHODS),
  payerName: z.string(),
  reference: z.string().nullable(),
  receivedAt: instant,
  receivedByName: z.string(),
  void: z.boolean(),
  voidedAt: nullableInstant,
  voidedByName: z.string().nullable(),
  voidReason: z.string().nullable(),
});
export type BillingReceipt = z.infer<typeof billingReceipt>;

export const PAYMENTS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  payment_exceeds_due: {
    status: 422,
    zh: '收款金额超过欠费金额（本系统不办理退款，多收款项请另行处理）',
    en: 'The amount is more than is outstanding (refunds are not handled here)',
  },
  notice_paid: { status: 409, zh: '该缴费单已结清', en: 'The notice is paid in full' },
  receipt_number_taken: { status: 409, zh: '收据号已被使用，请重试', en: 'The receipt number is taken; please try again' },
  receipt_void_already: { status: 409, zh: '收据已作废', en: 'The receipt is void already' },
};
