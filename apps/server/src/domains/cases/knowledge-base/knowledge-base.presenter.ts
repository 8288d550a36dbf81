/** Knowledge entries as JSON (S12): the fields the API answers, chosen one by one. */
import type { KbRow } from './knowledge-base.repository.ts';

/** An entry for staff (with how often cases used it, when asked). */
export function presentKb(e: KbRow, uses?: number) {
  return {
    id: e.id,
    propertyId: e.propertyId,
    category: e.category,
    question: e.question,
    answer: e.answer,
    courtesy: e.courtesy,
    public: e.public,
    keywords: e.keywords,
    updatedBy: e.updatedBy,
    updatedAt: e.updatedAt.toISOString(),
    createdAt: e.createdAt.toISOString(),
    archivedAt: e.archivedAt?.toISOString() ?? null,
    version: e.version,
    ...(uses !== undefined ? { uses } : {}),
  };
}

/** Tenants see the FAQ only: no editor, no version. */
export const presentFaq = (e: KbRow) => ({
  id: e.id,
  category: e.category,
  question: e.question,
  answer: e.answer,
  updatedAt: e.updatedAt.toISOString(),
});

/** An entry linked to a case. */
export const presentKbLink = (l: { id: string; category: string; question: string; linkedAt: Date }) => ({
  id: l.id,
  category: l.category,
  question: l.question,
  linkedAt: l.linkedAt.toISOString(),
});
