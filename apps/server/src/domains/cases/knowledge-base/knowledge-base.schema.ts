/** Request schemas of the knowledge base (S12). */
import { z } from 'zod';
import { reqText } from '../../../lib/http.ts';

const id = z.string().uuid();
const boolQuery = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const kbFields = {
  category: reqText(40),
  question: reqText(500),
  answer: reqText(4000),
  courtesy: z.boolean().default(false),
  public: z.boolean().default(false),
  keywords: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
};
export const kbCreateBody = z.object({ propertyId: id, ...kbFields }).strict();
export const kbPatchBody = z
  .object({
    category: kbFields.category.optional(),
    question: kbFields.question.optional(),
    answer: kbFields.answer.optional(),
    courtesy: z.boolean().optional(),
    public: z.boolean().optional(),
    keywords: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
    version: z.number().int().positive(),
  })
  .strict();
export const kbSearchQuery = z.object({
  propertyId: id,
  q: z.string().trim().max(100).optional(),
  category: z.string().trim().max(40).optional(),
  courtesy: boolQuery.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const kbFaqQuery = z.object({ propertyId: id, q: z.string().trim().max(100).optional() });
export const kbLinkBody = z.object({ entryId: id }).strict();

export type KbCreateInput = z.infer<typeof kbCreateBody>;
export type KbPatchInput = z.infer<typeof kbPatchBody>;
