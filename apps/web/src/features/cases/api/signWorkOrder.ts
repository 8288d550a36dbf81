import type { WorkOrderRow, WorkOrderSignBody } from '@hy/contracts';
import { api } from '../../../lib/api';

/** The customer's signature: the tenant on the portal, or staff record the paper one. */
export const signWorkOrder = (id: string, body: WorkOrderSignBody) => api.post<WorkOrderRow>(`/work-orders/${id}/sign`, body);
