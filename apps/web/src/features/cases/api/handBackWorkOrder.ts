import type { WorkOrderHandBackBody, WorkOrderRow } from '@hy/contracts';
import { api } from '../../../lib/api';

/** The assigned engineer gives the work order back (reason required). */
export const handBackWorkOrder = (id: string, body: WorkOrderHandBackBody) => api.post<WorkOrderRow>(`/work-orders/${id}/hand-back`, body);
