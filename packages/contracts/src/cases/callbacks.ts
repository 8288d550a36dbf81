/** Callbacks (S7, 回访) and the tenant's rating. */
import { z } from 'zod';
import { instant, optText } from '../fields.ts';

export const callbackRow = z.object({
  id: z.string(),
  propertyId: z.string(),
  caseId: z.string(),
  byId: z.string().nullable(),
  at: instant,
  satisfiedResult: z.boolean(),
  courtesyRating: z.number(),
  attitudeRating: z.number(),
  comment: z.string().nullable(),
  reopened: z.boolean(),
  source: z.enum(['staff', 'tenant']),
  createdAt: instant,
});
export type CallbackRow = z.infer<typeof callbackRow>;

/* Requests: the front desk's callback and the tenant's rating. Bodies are strict. */

const rating = z.number().int().min(1).max(5);
/** POST /cases/{id}/callbacks: dissatisfaction reopens the case. */
export const caseCallbackBody = z
  .object({ satisfied: z.boolean(), courtesyRating: rating, attitudeRating: rating, comment: optText(1000) })
  .strict();
export type CaseCallbackBody = z.input<typeof caseCallbackBody>;
/** POST /cases/{id}/rating: the reporting tenant rates a finished case. */
export const caseRatingBody = z.object({ satisfied: z.boolean(), rating: z.number().int().min(1).max(5), comment: optText(1000) }).strict();
export type CaseRatingBody = z.input<typeof caseRatingBody>;
