import type { ConsultationCreateBody, ConsultationRow } from '@hy/contracts';
import { api, type WithSessionProperty } from '../../../lib/api';

/** Log an explained question that opens no case. */
export const createConsultation = (body: WithSessionProperty<ConsultationCreateBody>) => api.post<ConsultationRow>('/consultations', body);
