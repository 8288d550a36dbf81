/** Consultations as JSON (S3): the fields the API answers, chosen one by one. */
import type { ConsultationRow } from './intake.repository.ts';

export function presentConsultation(q: ConsultationRow) {
  return {
    id: q.id,
    propertyId: q.propertyId,
    channel: q.channel,
    contactName: q.contactName,
    contactPhone: q.contactPhone,
    unitId: q.unitId,
    organizationId: q.organizationId,
    question: q.question,
    answer: q.answer,
    topic: q.topic,
    createdBy: q.createdBy,
    createdAt: q.createdAt.toISOString(),
  };
}
