import { queryOptions, useQuery } from '@tanstack/react-query';
import type { EngineerWorkload } from '@hy/contracts';
import { api, qs } from '../../../lib/api';
import { caseKeys } from './keys';

/** Engineers with their open work orders (issued / accepted / on site), for the assignee picker. */
export const workloadQuery = (propertyId: string | null, enabled = true) =>
  queryOptions({
    queryKey: caseKeys.workload(propertyId),
    queryFn: () => api.get<EngineerWorkload>(`/work-orders/workload${qs({ propertyId })}`),
    enabled: !!propertyId && enabled,
    staleTime: 30_000,
    retry: false,
  });
export const useWorkload = (propertyId: string | null, enabled = true) => useQuery(workloadQuery(propertyId, enabled));
