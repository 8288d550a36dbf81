/** Zod request schemas of after-the-meeting records (M9): the check, hand-overs, lost property. Bodies are strict. */
import { z } from 'zod';
import { HANDOVER_KINDS, HANDOVER_RECIPIENTS, LOST_ITEM_STATUSES } from '@hy/contracts';
import { optText, reqText } from '../../../lib/http.ts';

const id = z.string().uuid();
const instant = z.string().datetime({ offset: true });
const qty = z.number().int().min(1).max(100_000);
export const format = { format: z.enum(['json', 'xlsx']).default('json') };
export const afterCheckBody = z
  .object({
    cleanup: z.array(z.object({ item: reqText(100), done: z.boolean(), note: optText(500) }).strict()).max(100),
    equipment: z
      .array(
        z
          .object({
            name: reqText(100),
            expected: z.number().int().min(0).max(100_000),
            counted: z.number().int().min(0).max(100_000),
            note: optText(500),
          })
          .strict(),
      )
      .max(100),
    version: z.number().int().min(0).optional(),
  })
  .strict();
export const handoverBody = z
  .object({
    kind: z.enum(HANDOVER_KINDS),
    description: reqText(500),
    quantity: qty.default(1),
    recipientKind: z.enum(HANDOVER_RECIPIENTS),
    recipientName: reqText(50),
    handedAt: instant.nullish(),
    note: optText(1000),
  })
  .strict();
export const lostBody = z
  .object({
    propertyId: id,
    noticeId: id.nullish(),
    item: reqText(100),
    description: optText(1000),
    foundPlace: reqText(100),
    foundAt: instant,
    foundBy: reqText(50),
    storedPlace: optText(100),
    note: optText(1000),
  })
  .strict();
export const storeBody = z.object({ storedPlace: reqText(100) }).strict();
export const returnBody = z.object({ handedTo: reqText(50), ownerSignature: reqText(50), returnedAt: instant.nullish() }).strict();
export const lostQuery = z.object({
  propertyId: id,
  status: z.enum(LOST_ITEM_STATUSES).optional(),
  noticeId: id.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  ...format,
});
