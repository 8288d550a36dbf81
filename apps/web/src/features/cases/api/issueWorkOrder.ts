import type { CaseDetail, WorkOrderIssueBody } from '@hy/contracts';
import { api } from '../../../lib/api';

/** Issue a work order (工程维修派工单). */
export const issueWorkOrder = (caseId: string, body: WorkOrderIssueBody) => api.post<CaseDetail>(`/cases/${caseId}/work-orders`, body);
