import type { CaseDetail } from '@hy/contracts';
import { api } from '../../../lib/api';

/** Record a callback (回访); dissatisfaction reopens the case. */
export const addCallback = (
  id: string,
  body: { satisfied: boolean; courtesyRating: number; attitudeRating: number; comment: string | null },
) => api.post<CaseDetail>(`/cases/${id}/callbacks`, body);
