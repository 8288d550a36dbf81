/** Response and request schemas of the price list, fee statements 《会议费用确认单》 (SPEC M9) and proxy purchases (M7); money in fen and as yuan text. */
import { z } from 'zod';
import { formatQuery, instant, list, nullableInstant, optText, reqText, requestInstant, uuid } from '../fields.ts';
import { FEE_LINE_KINDS, FEE_STATUSES, PAYMENT_STATUSES, PRICE_ITEM_KINDS, PURCHASE_KINDS, PURCHASE_STATUSES } from '../meetings.ts';
import { VENUE_CLASSES, VENUE_TYPES } from '../places.ts';
import { fen, itemCode, qty, unit } from './request-fields.ts';

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

/* Requests: the price list, proxy purchases, fee statements and payments. Bodies are strict. */

/** PUT /meeting-price-lists/{propertyId} */
export const priceListBody = z
  .object({
    venue: z
      .array(
        z
          .object({
            venueClass: z.enum(VENUE_CLASSES),
            venueType: z.enum(VENUE_TYPES).nullish(),
            bands: z
              .array(z.object({ upToHours: z.number().positive().max(24), fen }).strict())
              .min(1)
              .max(10),
            extraHourFen: fen,
          })
          .strict(),
      )
      .max(50),
    items: z
      .array(z.object({ code: itemCode, name: reqText(100), unit, fen, kind: z.enum(PRICE_ITEM_KINDS) }).strict())
      .max(500)
      .refine((xs) => new Set(xs.map((x) => x.code)).size === xs.length, '项目编码重复 / duplicate codes'),
  })
  .strict();
export type PriceListBody = z.input<typeof priceListBody>;
/** POST /service-notices/{id}/purchases: ask for a proxy purchase. */
export const purchaseRequestBody = z
  .object({
    items: z
      .array(z.object({ kind: z.enum(PURCHASE_KINDS), name: reqText(100), qty, unit, unitFen: fen }).strict())
      .min(1)
      .max(100),
    purchaser: optText(50),
    note: optText(1000),
  })
  .strict();
export type PurchaseRequestBody = z.input<typeof purchaseRequestBody>;
/** POST /meeting-purchases/{id}/complete: made (actual total, invoice) or cancelled. */
export const purchaseCompleteBody = z
  .object({ status: z.enum(['purchased', 'cancelled']), totalFen: fen.optional(), invoiceRef: optText(100) })
  .strict();
export type PurchaseCompleteBody = z.input<typeof purchaseCompleteBody>;
/** POST /service-notices/{id}/fee-statement: draw up (or, with the version, recompute) the statement. */
export const feeStatementBody = z
  .object({
    items: z
      .array(z.object({ code: itemCode, qty, invoiceRef: optText(100) }).strict())
      .max(200)
      .default([]),
    extra: z
      .array(z.object({ name: reqText(100), qty, unit, unitFen: fen, invoiceRef: optText(100) }).strict())
      .max(100)
      .default([]),
    invoiceRefs: z.array(reqText(100)).max(50).default([]),
    note: optText(1000),
    version: z.number().int().min(1).optional(),
  })
  .strict();
export type FeeStatementBody = z.input<typeof feeStatementBody>;
/** POST /fee-statements/{id}/confirm: the organizer online (no fields) or the paper signature recorded. */
export const feeStatementConfirmBody = z.object({ signerName: optText(50), signedAt: requestInstant.nullish() }).strict();
export type FeeStatementConfirmBody = z.input<typeof feeStatementConfirmBody>;
/** POST /fee-statements/{id}/payments */
export const feePaymentBody = z
  .object({
    amountFen: z.number().int().min(1).max(100_000_000_00),
    paidAt: requestInstant.nullish(),
    method: optText(30),
    reference: optText(100),
  })
  .strict();
export type FeePaymentBody = z.input<typeof feePaymentBody>;
/** GET /fee-statements */
export const feeStatementListQuery = z.object({
  propertyId: uuid,
  unpaid: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type FeeStatementListQuery = z.input<typeof feeStatementListQuery>;
/** GET /fee-statements/{id}/print */
export const feeStatementPrintQuery = z.object(formatQuery);
export type FeeStatementPrintQuery = z.input<typeof feeStatementPrintQuery>;

/** POST /meeting-fee-estimates: what a booking would cost by the price list, before it is made (SPEC M2, M9). */
export const feeEstimateBody = z
  .object({
    propertyId: uuid,
    venueId: uuid,
    startAt: requestInstant,
    endAt: requestInstant,
    attendeeCount: z.number().int().min(1).max(100_000),
    services: z
      .array(z.object({ code: z.string().min(1).max(40), qty: z.number().int().min(1).max(100_000).optional() }).passthrough())
      .max(50)
      .default([]),
  })
  .strict();
export type FeeEstimateBody = z.input<typeof feeEstimateBody>;

export const feeEstimate = z.object({
  /** False while the property has no price list (or none for this venue's class). */
  priced: z.boolean(),
  venue: z.object({ name: z.string(), hours: z.number(), fen: z.number(), extraHours: z.number() }).nullable(),
  /** The services the price list prices: the item's name, unit and price, the quantity expected. */
  items: z.array(
    z.object({
      service: z.string(),
      code: z.string(),
      name: z.string(),
      unit: z.string(),
      qty: z.number(),
      unitFen: z.number(),
      amountFen: z.number(),
    }),
  ),
  totalFen: z.number(),
});
export type FeeEstimate = z.infer<typeof feeEstimate>;
