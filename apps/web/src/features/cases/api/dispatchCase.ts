import type { CaseDetail, CaseDispatchBody } from '@hy/contracts';
import { api } from '../../../lib/api';

/** Dispatch to a handler. */
export const dispatchCase = (id: string, body: CaseDispatchBody) => api.post<CaseDetail>(`/cases/${id}/dispatch`, body);
