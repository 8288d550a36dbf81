/** The callback register as JSON (S7): the fields the API answers, chosen one by one. */
import type { CallbackRow } from './callbacks.repository.ts';

export function presentCallback(b: CallbackRow) {
  return {
    id: b.id,
    propertyId: b.propertyId,
    caseId: b.caseId,
    byId: b.byId,
    at: b.at.toISOString(),
    satisfiedResult: b.satisfiedResult,
    courtesyRating: b.courtesyRating,
    attitudeRating: b.attitudeRating,
    comment: b.comment,
    reopened: b.reopened,
    source: b.source,
    createdAt: b.createdAt.toISOString(),
  };
}
