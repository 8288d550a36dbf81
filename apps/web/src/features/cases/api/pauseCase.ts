import type { CaseDetail } from '@hy/contracts';
import { api } from '../../../lib/api';

/** Wait for the customer (the resolve timer stops). */
export const pauseCase = (id: string, body: { reason: string }) => api.post<CaseDetail>(`/cases/${id}/pause`, body);
