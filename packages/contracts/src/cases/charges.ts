/** Paid repairs (S6): the charge, the printable 《缴费通知书》, the month's billing list. */
import { z } from 'zod';
import { CHARGE_STATUSES, CONSENT_METHODS } from '../cases.ts';
import { instant, nullableInstant, optText, reqText, requestDate } from '../fields.ts';

export const repairChargeItem = z.object({
  name: z.string(),
  qty: z.number(),
  unitPriceFen: z.number(),
  /** From the price list (null: a free line, which carries a note). */
  priceItemId: z.string().nullish(),
  kind: z.enum(['labour', 'material']).nullish(),
  unit: z.string().nullish(),
  note: z.string().nullish(),
});

export const repairCharge = z.object({
  workOrderId: z.string(),
  propertyId: z.string(),
  caseId: z.string(),
  status: z.enum(CHARGE_STATUSES),
  amountFen: z.number(),
  items: z.array(repairChargeItem),
  quoteNote: z.string().nullable(),
  quotedBy: z.string().nullable(),
  quotedAt: instant,
  consentMethod: z.enum(CONSENT_METHODS).nullable(),
  consentName: z.string().nullable(),
  consentUserId: z.string().nullable(),
  consentAt: nullableInstant,
  noticeNumber: z.string().nullable(),
  noticeIssuedAt: nullableInstant,
  noticeIssuedBy: z.string().nullable(),
  paidAt: nullableInstant,
  receiptNo: z.string().nullable(),
  paidRecordedBy: z.string().nullable(),
  version: z.number(),
  createdAt: instant,
  updatedAt: instant,
  amountYuan: z.string(),
});

/** The charge of a work order (null before a quote). */
export const workOrderCharge = z.object({
  workOrderId: z.string(),
  workOrderNumber: z.string(),
  paid: z.boolean(),
  charge: repairCharge.nullable(),
  workOrderStatus: z.string().optional(),
  /** The charge posted to the month's 工程费统计表 (null: not posted — not done yet, paid on the spot, or declined). */
  billing: z.object({ occurredOn: z.string(), billingMonth: z.string().nullable(), amountFen: z.number() }).nullable().optional(),
  /** Amount in Chinese capitals (大写). */
  amountInWords: z.string().nullable().optional(),
});

export const paymentNotice = z.object({
  title: z.string(),
  number: z.string(),
  propertyName: z.string().nullable(),
  issuedAt: instant,
  customerName: z.string().nullable(),
  location: z.string().nullable(),
  workOrderNumber: z.string(),
  caseNumber: z.string(),
  content: z.string(),
  items: z.array(repairChargeItem.extend({ amountFen: z.number(), amountYuan: z.string() })),
  amountFen: z.number(),
  amountYuan: z.string(),
  currency: z.string(),
  status: z.enum(CHARGE_STATUSES),
  remark: z.string(),
  amountInWords: z.string().optional(),
  unitCode: z.string().nullable().optional(),
  organizationName: z.string().nullable().optional(),
  dueOn: z.string().nullable().optional(),
  consentName: z.string().nullable().optional(),
  consentAt: nullableInstant.optional(),
});

/** The month's payment notices for billing with the property fee. */
export const paidRepairsReport = z.object({
  propertyId: z.string(),
  month: z.string(),
  currency: z.string(),
  rows: z.array(
    z.object({
      noticeNumber: z.string().nullable(),
      noticeIssuedAt: nullableInstant,
      workOrderNumber: z.string(),
      caseNumber: z.string(),
      customerName: z.string().nullable(),
      unitCode: z.string().nullable(),
      organizationName: z.string().nullable(),
      location: z.string().nullable(),
      content: z.string(),
      items: z.array(repairChargeItem),
      amountFen: z.number(),
      amountYuan: z.string(),
      status: z.enum(CHARGE_STATUSES),
      paidAt: nullableInstant,
      receiptNo: z.string().nullable(),
    }),
  ),
  totalFen: z.number(),
  paidFen: z.number(),
  unpaidFen: z.number(),
});

export type RepairChargeItem = z.infer<typeof repairChargeItem>;
export type RepairCharge = z.infer<typeof repairCharge>;
export type WorkOrderCharge = z.infer<typeof workOrderCharge>;
export type PaymentNotice = z.infer<typeof paymentNotice>;
export type PaidRepairsReport = z.infer<typeof paidRepairsReport>;

/* Requests: quote, consent, payment. Bodies are strict. */

const fen = z.number().int().min(0).max(100_000_000);
/** POST /work-orders/{id}/quote: the priced items. */
export const chargeQuoteBody = z
  .object({
    items: z
      .array(
        z
          .object({
            priceItemId: z.string().uuid().nullish(),
            name: reqText(100).optional(),
            qty: z.number().positive().max(10_000),
            unitPriceFen: fen.optional(),
            note: optText(200),
          })
          .strict()
          .superRefine((v, c) => {
            if (v.priceItemId) return;
            if (!v.name) c.addIssue({ code: 'custom', path: ['name'], message: 'required' });
            if (v.unitPriceFen === undefined) c.addIssue({ code: 'custom', path: ['unitPriceFen'], message: 'required' });
            if (!v.note) c.addIssue({ code: 'custom', path: ['note'], message: 'a free line needs a note' });
          }),
      )
      .min(1)
      .max(50),
    note: optText(500),
  })
  .strict();
export type ChargeQuoteBody = z.input<typeof chargeQuoteBody>;
/** POST /work-orders/{id}/consent: the customer accepts (or refuses) the quote. */
export const chargeConsentBody = z
  .object({
    accepted: z.boolean().default(true),
    name: reqText(64),
    method: z.enum(CONSENT_METHODS),
    /** Staff recording a phone consent: when the customer said so (default now). */
    at: requestDate.optional(),
  })
  .strict();
export type ChargeConsentBody = z.input<typeof chargeConsentBody>;
/** POST /work-orders/{id}/paid: the payment, with its receipt. */
export const chargePaidBody = z.object({ receiptNo: reqText(64), paidAt: requestDate.optional() }).strict();
export type ChargePaidBody = z.input<typeof chargePaidBody>;
