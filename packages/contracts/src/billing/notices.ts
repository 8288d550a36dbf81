/**
 * Payment notices 《物业管理缴费单》 (T4): one per tenant company when the month is signed, numbered JF-YYYYMM-NNN,
 * due on the due day of the next month and delivered (printed, portal, outbox) by the notice day.
 */
import { z } from 'zod';
import { day, instant, monthField, nullableInstant, uuid } from '../fields.ts';
import { billingReceipt } from './payments.ts';

export const NOTICE_STATES = ['unpaid', 'partial', 'paid'] as const;
export type NoticeState = (typeof NOTICE_STATES)[number];
export const BILL_SHEETS = ['management', 'water', 'phone', 'parking', 'engineering', 'other_services'] as const;

export const noticeLine = z.object({
  description: z.string(),
  unitCode: z.string().nullable(),
  quantity: z.string().nullable(),
  unitPriceFen: z.number().int().nullable(),
  amountFen: z.number().int(),
});
export const noticeSheet = z.object({ sheet: z.enum(BILL_SHEETS), subtotalFen: z.number().int(), lines: z.array(noticeLine) });

export const dunningStepView = z.object({
  id: uuid,
  step: z.enum(['reminder', 'notice', 'visit', 'escalation']),
  dueOn: day,
  firedAt: nullableInstant,
  doneAt: nullableInstant,
  doneByName: z.string().nullable(),
  outcome: z.string().nullable(),
});
export type DunningStepView = z.infer<typeof dunningStepView>;

export const billingNotice = z.object({
  id: uuid,
  propertyId: uuid,
  payee: z.string(),
  month: z.string(),
  number: z.string(),
  organizationId: uuid,
  organizationName: z.string(),
  units: z.array(z.string()),
  amountFen: z.number().int(),
  amountInWords: z.string(),
  paidFen: z.number().int(),
  outstandingFen: z.number().int(),
  state: z.enum(NOTICE_STATES),
  issuedAt: instant,
  dueOn: day,
  deliverBy: day,
  deliveredAt: nullableInstant,
  deliveredByName: z.string().nullable(),
});
export type BillingNotice = z.infer<typeof billingNotice>;

export const billingNoticeDetail = billingNotice.extend({
  sheets: z.array(noticeSheet),
  receipts: z.array(billingReceipt),
  dunning: z.array(dunningStepView),
});
export type BillingNoticeDetail = z.infer<typeof billingNoticeDetail>;

export const noticeQuery = z.object({
  propertyId: uuid,
  month: monthField.optional(),
  state: z.enum(NOTICE_STATES).optional(),
});
export type NoticeQuery = z.infer<typeof noticeQuery>;

export const NOTICES_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  notice_delivered_already: { status: 409, zh: '缴费单已登记送达', en: 'The notice is recorded as delivered already' },
};
