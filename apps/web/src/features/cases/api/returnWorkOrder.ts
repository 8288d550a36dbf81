import type { WorkOrderRow } from '@hy/contracts';
import { api } from '../../../lib/api';

/** The signed work order came back to customer service. */
export const returnWorkOrder = (id: string) => api.post<WorkOrderRow>(`/work-orders/${id}/return`);
