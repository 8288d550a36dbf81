import type { ComplaintsMonthly } from '@hy/contracts';
import { api } from '../../../lib/api';

/** Save the analysis text of the monthly complaint statistics. */
export const saveComplaintAnalysis = (body: { propertyId: string | null; month: string; analysis: string }) =>
  api.post<ComplaintsMonthly>('/reports/complaints-monthly/analysis', body);
