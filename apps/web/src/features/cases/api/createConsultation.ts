import type { ConsultationRow } from '@hy/contracts';
import { api } from '../../../lib/api';

/** Log an explained question that opens no case. */
export const createConsultation = (body: {
  propertyId: string | null;
  channel: string;
  contactName: string | null;
  contactPhone: string | null;
  unitId: string | null;
  organizationId: string | null;
  question: string;
  answer: string;
  topic: string | null;
}) => api.post<ConsultationRow>('/consultations', body);
