import type { CaseDetail } from '@hy/contracts';
import { api } from '../../../lib/api';

/** Close the case (销项) when S8 allows. */
export const closeCase = (
  id: string,
  body: { result: string; note: string | null; proofChecked?: boolean; proofNote: string | null; version: number },
) => api.post<CaseDetail>(`/cases/${id}/close`, body);
