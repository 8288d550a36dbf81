import type { CaseCallbackBody, CaseDetail } from '@hy/contracts';
import { api } from '../../../lib/api';

/** Record a callback (回访); dissatisfaction reopens the case. */
export const addCallback = (id: string, body: CaseCallbackBody) => api.post<CaseDetail>(`/cases/${id}/callbacks`, body);
