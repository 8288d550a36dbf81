/** Request schemas of dispatch (S5): to a handler, dispatch modes per repair type, transfer and hand-back. */
import { z } from 'zod';
import { CASE_SUBCATEGORIES, DISPATCH_MODES } from '@hy/contracts';
import { optText, reqText } from '../../../lib/http.ts';

const id = z.string().uuid();

export const propertyQuery = z.object({ propertyId: id });
export const dispatchBody = z.object({ assigneeId: id.nullish(), note: optText(500) }).strict();
export const dispatchRulesBody = z
  .object({
    rules: z
      .array(
        z
          .object({
            subcategory: z.union([z.enum(CASE_SUBCATEGORIES), z.literal('*')]),
            mode: z.enum(DISPATCH_MODES),
            assigneeId: id.nullish(),
            teamRole: z.enum(['engineer']).nullish(),
          })
          .strict(),
      )
      .max(50),
  })
  .strict();
export const transferBody = z.object({ assigneeId: id, reason: reqText(500) }).strict();
export const handBackBody = z.object({ reason: reqText(500) }).strict();
