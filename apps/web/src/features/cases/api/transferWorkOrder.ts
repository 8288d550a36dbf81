import type { WorkOrderRow, WorkOrderTransferBody } from '@hy/contracts';
import { api } from '../../../lib/api';

/** Transfer a work order to another engineer (reason required). */
export const transferWorkOrder = (id: string, body: WorkOrderTransferBody) => api.post<WorkOrderRow>(`/work-orders/${id}/transfer`, body);
