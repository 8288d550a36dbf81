import type { WorkOrderRow } from '@hy/contracts';
import { api } from '../../../lib/api';

/** The engineer's steps on a work order: accept, arrive, complete. */
export const workOrderStep = (
  id: string,
  step: 'accept' | 'arrive' | 'complete',
  body?: { workDone: string; materials: { name: string; qty: number; unit?: string | null }[] },
) => api.post<WorkOrderRow>(`/work-orders/${id}/${step}`, body);
