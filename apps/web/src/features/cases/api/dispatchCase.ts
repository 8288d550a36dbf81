import type { CaseDetail } from '@hy/contracts';
import { api } from '../../../lib/api';

/** Dispatch to a handler. */
export const dispatchCase = (id: string, body: { assigneeId: string | null; note: string | null }) =>
  api.post<CaseDetail>(`/cases/${id}/dispatch`, body);
