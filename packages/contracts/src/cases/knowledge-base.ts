/** Knowledge base (S12): entries for staff, the tenants' FAQ, the entries linked to cases. */
import { z } from 'zod';
import { flagQuery, instant, nullableInstant, list, reqText, uuid } from '../fields.ts';

export const kbEntry = z.object({
  id: z.string(),
  propertyId: z.string(),
  category: z.string(),
  question: z.string(),
  answer: z.string(),
  courtesy: z.boolean(),
  public: z.boolean(),
  keywords: z.array(z.string()),
  updatedBy: z.string().nullable(),
  updatedAt: instant,
  createdAt: instant,
  archivedAt: nullableInstant,
  version: z.number(),
  /** how often cases used it (search answers) */
  uses: z.number().optional(),
});
/** An entry with the cases and consultations that used it. */
export const kbEntryDetail = kbEntry.extend({
  usedBy: z.object({
    cases: z.array(z.object({ id: z.string(), number: z.string(), linkedAt: instant })),
    consultations: z.array(z.object({ id: z.string(), question: z.string(), linkedAt: instant })),
  }),
});
export const kbEntryList = list(kbEntry);

/** Tenants see the FAQ only: no editor, no version. */
export const kbFaqEntry = z.object({ id: z.string(), category: z.string(), question: z.string(), answer: z.string(), updatedAt: instant });
export const kbFaqList = list(kbFaqEntry);

/** An entry linked to a case. */
export const kbLink = z.object({ id: z.string(), category: z.string(), question: z.string(), linkedAt: instant });
export const kbLinkList = list(kbLink);
export const kbConsultationLink = z.object({ consultationId: z.string(), entryId: z.string(), linked: z.literal(true) });

export type KbEntry = z.infer<typeof kbEntry>;
export type KbEntryDetail = z.infer<typeof kbEntryDetail>;
export type KbFaqEntry = z.infer<typeof kbFaqEntry>;
export type KbLink = z.infer<typeof kbLink>;
export type KbConsultationLink = z.infer<typeof kbConsultationLink>;

/* Requests: entries, the search, the FAQ, links. Bodies are strict. */

const kbFields = {
  category: reqText(40),
  question: reqText(500),
  answer: reqText(4000),
  courtesy: z.boolean().default(false),
  public: z.boolean().default(false),
  keywords: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
};
/** POST /kb */
export const kbCreateBody = z.object({ propertyId: uuid, ...kbFields }).strict();
export type KbCreateBody = z.input<typeof kbCreateBody>;
/** PATCH /kb/{id}: the fields changed, with the version read (POST /kb/{id}/archive takes the version only). */
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
export type KbPatchBody = z.input<typeof kbPatchBody>;
/** GET /kb/search: standard answers and courtesy phrases. */
export const kbEntrySearchQuery = z.object({
  propertyId: uuid,
  q: z.string().trim().max(100).optional(),
  category: z.string().trim().max(40).optional(),
  courtesy: flagQuery.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type KbEntrySearchQuery = z.input<typeof kbEntrySearchQuery>;
/** GET /kb/faq: the public FAQ (tenants). */
export const kbFaqQuery = z.object({ propertyId: uuid, q: z.string().trim().max(100).optional() });
export type KbFaqQuery = z.input<typeof kbFaqQuery>;
/** POST /cases/{id}/kb-links and /consultations/{id}/kb-links */
export const kbLinkBody = z.object({ entryId: uuid }).strict();
export type KbLinkBody = z.input<typeof kbLinkBody>;
