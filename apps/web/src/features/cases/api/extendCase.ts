import type { CaseDetail, CaseExtendBody } from '@hy/contracts';
import { api } from '../../../lib/api';

/** Extend the resolve deadline (approver by severity; apology first). */
export const extendCase = (id: string, body: CaseExtendBody) => api.post<CaseDetail>(`/cases/${id}/extend`, body);
