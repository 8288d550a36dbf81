/** Request schemas of paid repairs (S6): quote, consent, payment. */
import { z } from 'zod';
import { CONSENT_METHODS } from '@hy/contracts';
import { optText, reqText } from '../../../lib/http.ts';

const instant = z
  .string()
  .datetime({ offset: true })
  .transform((v) => new Date(v));
const fen = z.number().int().min(0).max(100_000_000);

export const quoteBody = z
  .object({
    items: z
      .array(z.object({ name: reqText(100), qty: z.number().positive().max(10_000), unitPriceFen: fen }).strict())
      .min(1)
      .max(50),
    note: optText(500),
  })
  .strict();
export const consentBody = z.object({ accepted: z.boolean().default(true), name: reqText(64), method: z.enum(CONSENT_METHODS) }).strict();
export const paidBody = z.object({ receiptNo: reqText(64), paidAt: instant.optional() }).strict();

export type QuoteInput = z.infer<typeof quoteBody>;
