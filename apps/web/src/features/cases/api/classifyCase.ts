import type { CaseClassifyBody, CaseDetail } from '@hy/contracts';
import { api } from '../../../lib/api';

/** Classify or reclassify (recomputes the deadlines). */
export const classifyCase = (id: string, body: CaseClassifyBody) => api.post<CaseDetail>(`/cases/${id}/classify`, body);
