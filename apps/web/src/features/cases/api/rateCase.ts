import type { CallbackRow } from '@hy/contracts';
import { api } from '../../../lib/api';

/** The reporting tenant rates a finished case. */
export const rateCase = (id: string, body: { satisfied: boolean; rating: number; comment: string | null }) =>
  api.post<CallbackRow>(`/cases/${id}/rating`, body);
