import type { CaseDetail } from '@hy/contracts';
import { api } from '../../../lib/api';

/** Add a follow-up, note or the apology to the timeline. */
export const followUpCase = (id: string, body: { kind: string; note: string }) => api.post<CaseDetail>(`/cases/${id}/follow-ups`, body);
