import type { CaseCloseBody, CaseDetail } from '@hy/contracts';
import { api } from '../../../lib/api';

/** Close the case (销项) when S8 allows. */
export const closeCase = (id: string, body: CaseCloseBody) => api.post<CaseDetail>(`/cases/${id}/close`, body);
