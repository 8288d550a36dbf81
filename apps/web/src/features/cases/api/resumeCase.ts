import type { CaseDetail, CaseResumeBody } from '@hy/contracts';
import { api } from '../../../lib/api';

/** Resume after waiting for the customer. */
export const resumeCase = (id: string, body: CaseResumeBody) => api.post<CaseDetail>(`/cases/${id}/resume`, body);
