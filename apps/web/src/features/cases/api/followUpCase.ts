import type { CaseDetail, CaseFollowUpBody } from '@hy/contracts';
import { api } from '../../../lib/api';

/** Add a follow-up, note or the apology to the timeline. */
export const followUpCase = (id: string, body: CaseFollowUpBody) => api.post<CaseDetail>(`/cases/${id}/follow-ups`, body);
