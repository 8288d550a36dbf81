/** Callbacks (S7, 回访) and the tenant's rating. */
import { z } from 'zod';
import { instant } from '../fields.ts';

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
