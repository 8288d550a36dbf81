import type { WorkOrderRow } from '@hy/contracts';
import { api } from '../../../lib/api';

/** The assigned engineer gives the work order back (reason required). */
export const handBackWorkOrder = (id: string, body: { reason: string }) => api.post<WorkOrderRow>(`/work-orders/${id}/hand-back`, body);
