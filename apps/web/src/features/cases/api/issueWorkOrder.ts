import type { CaseDetail } from '@hy/contracts';
import { api } from '../../../lib/api';

/** Issue a work order (工程维修派工单). */
export const issueWorkOrder = (
  caseId: string,
  body: {
    paid: boolean;
    content: string;
    urgency: string;
    assigneeId: string | null;
    customerName: string | null;
    reportingDepartment: string | null;
    reporterName: string | null;
  },
) => api.post<CaseDetail>(`/cases/${caseId}/work-orders`, body);
