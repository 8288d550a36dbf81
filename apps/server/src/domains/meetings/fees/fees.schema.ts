/** Zod request schemas of the price list, proxy purchases and fee statements (M7, M9). Bodies are strict. */
import { z } from 'zod';
import { PRICE_ITEM_KINDS, PURCHASE_KINDS, VENUE_CLASSES, VENUE_TYPES } from '@hy/contracts';
import { optText, reqText } from '../../../lib/http.ts';

const id = z.string().uuid();
const instant = z.string().datetime({ offset: true });
const fen = z.number().int().min(0).max(100_000_000_00);
const qty = z.number().int().min(1).max(100_000);
const unit = z.string().trim().min(1).max(16);
const code = z.string().regex(/^[a-z][a-z0-9_.]{1,63}$/);
export const format = { format: z.enum(['json', 'xlsx']).default('json') };
export const propertyParam = z.object({ propertyId: id });
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
      .array(z.object({ code, name: reqText(100), unit, fen, kind: z.enum(PRICE_ITEM_KINDS) }).strict())
      .max(500)
      .refine((xs) => new Set(xs.map((x) => x.code)).size === xs.length, '项目编码重复 / duplicate codes'),
  })
  .strict();
export const purchaseBody = z
  .object({
    items: z
      .array(z.object({ kind: z.enum(PURCHASE_KINDS), name: reqText(100), qty, unit, unitFen: fen }).strict())
      .min(1)
      .max(100),
    purchaser: optText(50),
    note: optText(1000),
  })
  .strict();
export const purchaseDoneBody = z
  .object({ status: z.enum(['purchased', 'cancelled']), totalFen: fen.optional(), invoiceRef: optText(100) })
  .strict();
export const statementBody = z
  .object({
    items: z
      .array(z.object({ code, qty, invoiceRef: optText(100) }).strict())
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
export const confirmBody = z.object({ signerName: optText(50), signedAt: instant.nullish() }).strict();
export const paymentBody = z
  .object({
    amountFen: z.number().int().min(1).max(100_000_000_00),
    paidAt: instant.nullish(),
    method: optText(30),
    reference: optText(100),
  })
  .strict();
export const statementQuery = z.object({
  propertyId: id,
  unpaid: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export const statementFormat = z.object(format);
