import { queryOptions } from '@tanstack/react-query';
import type { WorkOrderPage } from '@hy/contracts';
import { api, qs } from '../../../lib/api';
import { caseKeys } from './keys';

/** The engineer's own work orders ('mine') or the open unassigned ones ('unassigned'). */
export const workOrdersQuery = (propertyId: string | null, which: 'mine' | 'unassigned') =>
  queryOptions({
    queryKey: caseKeys.workOrders(propertyId, which),
    queryFn: () =>
      api.get<WorkOrderPage>(
        `/work-orders${qs(which === 'mine' ? { propertyId, assignee: 'me', limit: 100 } : { propertyId, status: 'issued', limit: 100 })}`,
      ),
    enabled: !!propertyId,
  });
