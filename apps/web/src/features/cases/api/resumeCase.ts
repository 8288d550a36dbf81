import type { CaseDetail } from '@hy/contracts';
import { api } from '../../../lib/api';

/** Resume after waiting for the customer. */
export const resumeCase = (id: string, body: { note: string | null }) => api.post<CaseDetail>(`/cases/${id}/resume`, body);
