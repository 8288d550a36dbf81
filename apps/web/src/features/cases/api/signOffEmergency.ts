import type { CaseDetail, EmergencySignOffBody } from '@hy/contracts';
import { api } from '../../../lib/api';

/** A manager signs off an emergency (紧急事件签认). */
export const signOffEmergency = (id: string, body: EmergencySignOffBody) => api.post<CaseDetail>(`/cases/${id}/emergency-sign-off`, body);
