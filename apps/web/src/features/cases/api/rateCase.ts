import type { CallbackRow, CaseRatingBody } from '@hy/contracts';
import { api } from '../../../lib/api';

/** The reporting tenant rates a finished case. */
export const rateCase = (id: string, body: CaseRatingBody) => api.post<CallbackRow>(`/cases/${id}/rating`, body);
