import { queryOptions } from '@tanstack/react-query';
import type { WorkOrderWithCase } from '@hy/contracts';
import { api } from '../../../lib/api';
import { caseKeys } from './keys';

/** A work order with the case's number, place and contact (the printed form). */
export const workOrderQuery = (id: string | undefined) =>
  queryOptions({ queryKey: caseKeys.workOrder(id), queryFn: () => api.get<WorkOrderWithCase>(`/work-orders/${id}`), enabled: !!id });
