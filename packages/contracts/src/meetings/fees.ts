/** Response schemas of the price list, fee statements 《会议费用确认单》 (SPEC M9) and proxy purchases (M7); money in fen and as yuan text. */
import { z } from 'zod';
import { instant, list, nullableInstant } from '../fields.ts';
import { FEE_LINE_KINDS, FEE_STATUSES, PAYMENT_STATUSES, PRICE_ITEM_KINDS, PURCHASE_STATUSES } from '../meetings.ts';

/** The property's meeting price list: venue fee by class and duration band, priced items. */
export const priceList = z.object({
  venue: z.array(
    z.object({
      venueClass: z.string(),
      venueType: z.string().nullish(),
      bands: z.array(z.object({ upToHours: z.number(), fen: z.number() })),
      extraHourFen: z.number(),
    }),
  ),
  items: z.array(z.object({ code: z.string(), name: z.string(), unit: z.string(), fen: z.number(), kind: z.enum(PRICE_ITEM_KINDS) })),
});
export type PriceList = z.infer<typeof priceList>;
/** GET/PUT /meeting-price-lists/:propertyId (prices null and version 0 while none is set). */
export const meetingPriceList = z.object({
  propertyId: z.string(),
  prices: priceList.nullable(),
  version: z.number(),
  updatedAt: nullableInstant,
});
export type MeetingPriceList = z.infer<typeof meetingPriceList>;

export const feeLine = z.object({
  kind: z.enum(FEE_LINE_KINDS),
  code: z.string().nullable(),
  name: z.string(),
  qty: z.number(),
  unit: z.string(),
  unitFen: z.number(),
  amountFen: z.number(),
  invoiceRef: z.string().nullable(),
  sourceId: z.string().nullish(),
  kindLabel: z.string(),
  amount: z.string(),
  unitPrice: z.string(),
});
export type FeeLineRow = z.infer<typeof feeLine>;

/** A statement with its meeting, lines, payments and what the actor may do with it. */
export const feeStatement = z.object({
  id: z.string(),
  propertyId: z.string(),
  noticeId: z.string(),
  noticeNumber: z.string(),
  number: z.string(),
  status: z.enum(FEE_STATUSES),
  paymentStatus: z.enum(PAYMENT_STATUSES),
  meeting: z.object({ name: z.string(), organizerUnit: z.string(), venue: z.string(), startAt: instant, endAt: instant }),
  lines: z.array(feeLine),
  totalFen: z.number(),
  total: z.string(),
  paidFen: z.number(),
  dueFen: z.number(),
  currency: z.string(),
  invoiceRefs: z.array(z.string()),
  note: z.string().nullable(),
  version: z.number(),
  issuedAt: nullableInstant,
  confirmedVia: z.enum(['online', 'paper']).nullable(),
  signerName: z.string().nullable(),
  confirmedAt: nullableInstant,
  reminders: z.number(),
  lastRemindedAt: nullableInstant,
  payments: z.array(
    z.object({
      id: z.string(),
      amountFen: z.number(),
      amount: z.string(),
      paidAt: instant,
      method: z.string().nullable(),
      reference: z.string().nullable(),
    }),
  ),
  policies: z.object({ recompute: z.boolean(), issue: z.boolean(), confirm: z.boolean(), pay: z.boolean() }),
});
export type FeeStatement = z.infer<typeof feeStatement>;

export const feeStatementRow = z.object({
  id: z.string(),
  number: z.string(),
  noticeId: z.string(),
  noticeNumber: z.string(),
  organizerUnit: z.string(),
  startAt: instant,
  status: z.enum(FEE_STATUSES),
  paymentStatus: z.enum(PAYMENT_STATUSES),
  totalFen: z.number(),
  paidFen: z.number(),
  total: z.string(),
  reminders: z.number(),
  issuedAt: nullableInstant,
});
export type FeeStatementRow = z.infer<typeof feeStatementRow>;
export const feeStatementList = list(feeStatementRow);
export type FeeStatementList = z.infer<typeof feeStatementList>;

/** The printable 《会议大厦会议费用确认单》 (local times as text); ?format=xlsx answers the same as a workbook. */
export const feeStatementPrint = z.object({
  form: z.string(),
  number: z.string(),
  noticeNumber: z.string(),
  fields: z.array(z.object({ label: z.string(), value: z.string().nullable() })),
  columns: z.array(z.string()),
  rows: z.array(z.array(z.union([z.string(), z.number()]))),
  total: z.string(),
  paid: z.string(),
  due: z.string(),
  invoiceRefs: z.array(z.string()),
  signature: z.object({
    label: z.string(),
    signerName: z.string().nullable(),
    confirmedAt: z.string(),
    via: z.enum(['online', 'paper']).nullable(),
  }),
  status: z.enum(FEE_STATUSES),
  paymentStatus: z.enum(PAYMENT_STATUSES),
});
export type FeeStatementPrint = z.infer<typeof feeStatementPrint>;

/** A proxy purchase 《会议采购通知单》. */
export const meetingPurchase = z.object({
  id: z.string(),
  propertyId: z.string(),
  noticeId: z.string(),
  number: z.string(),
  items: z.array(z.object({ kind: z.string(), name: z.string(), qty: z.number(), unit: z.string(), unitFen: z.number() })),
  totalFen: z.number(),
  purchaser: z.string().nullable(),
  status: z.enum(PURCHASE_STATUSES),
  invoiceRef: z.string().nullable(),
  note: z.string().nullable(),
  requestedBy: z.string(),
  requestedAt: instant,
  purchasedBy: z.string().nullable(),
  purchasedAt: nullableInstant,
  total: z.string(),
});
export type Purchase = z.infer<typeof meetingPurchase>;
export const meetingPurchaseList = list(meetingPurchase);
export type PurchaseList = z.infer<typeof meetingPurchaseList>;
