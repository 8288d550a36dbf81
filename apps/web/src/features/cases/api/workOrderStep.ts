import type { WorkOrderCompleteBody, WorkOrderRow } from '@hy/contracts';
import { api } from '../../../lib/api';

/** The engineer's steps on a work order: accept, arrive, complete (with the work done). */
export const workOrderStep = (id: string, step: 'accept' | 'arrive' | 'complete', body?: WorkOrderCompleteBody) =>
  api.post<WorkOrderRow>(`/work-orders/${id}/${step}`, body);
