/**
 * Linen and glassware (布草、杯具, T6): the stock per item — in the store, in the rooms, dirty, at the laundry;
 * counted out into rooms at check-in and back at check-out; sent to the laundry and back with counts (a
 * shortfall on return is flagged); the stock count.
 */
import { z } from 'zod';
import { instant, nullableInstant, optText, uuid } from '../fields.ts';

export const LINEN_ITEMS = ['sheet', 'duvet_cover', 'pillowcase', 'bath_towel', 'face_towel', 'glass'] as const;
export type LinenItem = (typeof LINEN_ITEMS)[number];
export const linenCounts = z.record(z.string(), z.number().int());
export type LinenCounts = Record<string, number>;
const countsBody = z.record(z.enum(LINEN_ITEMS), z.number().int().min(0).max(5000));

export const linenStock = z.object({
  data: z.array(
    z.object({
      item: z.enum(LINEN_ITEMS),
      inStore: z.number().int(),
      inRooms: z.number().int(),
      dirty: z.number().int(),
      atLaundry: z.number().int(),
      /** Lost so far: counted out but not back from rooms, or short from the laundry. */
      lost: z.number().int(),
      total: z.number().int(),
    }),
  ),
  policies: z.object({ manage: z.boolean() }),
});
export type LinenStock = z.infer<typeof linenStock>;

export const laundryBatch = z.object({
  id: z.string(),
  sentAt: instant,
  sentByName: z.string(),
  sent: linenCounts,
  returnedAt: nullableInstant,
  returnedByName: z.string().nullable(),
  returned: linenCounts.nullable(),
  shortfall: linenCounts,
  short: z.boolean(),
  note: z.string().nullable(),
});
export type LaundryBatch = z.infer<typeof laundryBatch>;
export const laundryBatchList = z.object({ data: z.array(laundryBatch) });

export const linenReceive = z.object({ propertyId: uuid, counts: countsBody, note: optText(300) }).strict();
export type LinenReceive = z.input<typeof linenReceive>;
export const laundrySend = z.object({ propertyId: uuid, counts: countsBody, note: optText(300) }).strict();
export type LaundrySend = z.input<typeof laundrySend>;
export const linenLaundryReturn = z.object({ counts: countsBody, note: optText(300) }).strict();
export type LinenLaundryReturn = z.input<typeof linenLaundryReturn>;

export const LINEN_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  linen_short: { status: 409, zh: '库存不足', en: 'Not enough in stock' },
  linen_nothing_counted: { status: 422, zh: '请至少填写一项数量', en: 'Count at least one item' },
  laundry_returned: { status: 409, zh: '该批已送回', en: 'This batch is back already' },
  laundry_return_too_many: { status: 422, zh: '送回数量多于送洗数量', en: 'More came back than was sent' },
};
