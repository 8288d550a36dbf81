import type { WorkOrderRow } from '@hy/contracts';
import { api } from '../../../lib/api';

/** Void a work order (reason required; the number is kept). */
export const voidWorkOrder = (id: string, body: { reason: string }) => api.post<WorkOrderRow>(`/work-orders/${id}/void`, body);
