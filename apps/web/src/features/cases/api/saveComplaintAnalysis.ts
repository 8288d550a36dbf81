import type { ComplaintAnalysisBody, ComplaintsMonthly } from '@hy/contracts';
import { api, type WithSessionProperty } from '../../../lib/api';

/** Save the analysis text of the monthly complaint statistics. */
export const saveComplaintAnalysis = (body: WithSessionProperty<ComplaintAnalysisBody>) =>
  api.post<ComplaintsMonthly>('/reports/complaints-monthly/analysis', body);
