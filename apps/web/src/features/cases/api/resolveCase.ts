import type { CaseDetail, CaseResolveBody } from '@hy/contracts';
import { api } from '../../../lib/api';

/** Record the resolution (non-repair cases). */
export const resolveCase = (id: string, body: CaseResolveBody) => api.post<CaseDetail>(`/cases/${id}/resolve`, body);
