/** Knowledge base (S12): entries for staff, the tenants' FAQ, the entries linked to cases. */
import { z } from 'zod';
import { instant, nullableInstant, list } from '../fields.ts';

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
