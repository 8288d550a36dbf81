/** Request schemas of callbacks (S7): the front desk's callback and the tenant's rating. */
import { z } from 'zod';
import { optText } from '../../../lib/http.ts';

const rating = z.number().int().min(1).max(5);
export const callbackBody = z
  .object({ satisfied: z.boolean(), courtesyRating: rating, attitudeRating: rating, comment: optText(1000) })
  .strict();
export const ratingBody = z.object({ satisfied: z.boolean(), rating: z.number().int().min(1).max(5), comment: optText(1000) }).strict();
