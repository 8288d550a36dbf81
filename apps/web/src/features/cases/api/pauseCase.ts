import type { CaseDetail, CasePauseBody } from '@hy/contracts';
import { api } from '../../../lib/api';

/** Wait for the customer (the resolve timer stops). */
export const pauseCase = (id: string, body: CasePauseBody) => api.post<CaseDetail>(`/cases/${id}/pause`, body);
