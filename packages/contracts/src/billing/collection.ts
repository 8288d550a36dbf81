/** The collection rate (T4): 收费率 = received ÷ receivable and 户收费率 = households paid ÷ households charged, daily from the notice day. */
import { z } from 'zod';
import { day, monthField, uuid } from '../fields.ts';

export const collectionQuery = z.object({ propertyId: uuid, month: monthField.optional() });

export const collectionPoint = z.object({
  day,
  receivableFen: z.number().int(),
  receivedFen: z.number().int(),
  householdsCharged: z.number().int(),
  householdsPaid: z.number().int(),
  ratePercent: z.number().nullable(),
  householdRatePercent: z.number().nullable(),
});
export type CollectionPoint = z.infer<typeof collectionPoint>;

export const collectionSeries = z.object({
  months: z.array(z.string()),
  month: z.string().nullable(),
  targetPercent: z.number(),
  points: z.array(collectionPoint),
  /** the latest point of every month, for the months' overview */
  latest: z.array(collectionPoint.extend({ month: z.string() })),
});
export type CollectionSeries = z.infer<typeof collectionSeries>;

export const COLLECTION_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {};
