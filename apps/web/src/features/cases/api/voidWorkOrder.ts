import type { WorkOrderRow, WorkOrderVoidBody } from '@hy/contracts';
import { api } from '../../../lib/api';

/** Void a work order (reason required; the number is kept). */
export const voidWorkOrder = (id: string, body: WorkOrderVoidBody) => api.post<WorkOrderRow>(`/work-orders/${id}/void`, body);
