import { queryOptions } from '@tanstack/react-query';
import type { Cockpit } from '@hy/contracts';
import { api, qs } from '../../../lib/api';
import { cockpitKeys } from './cockpitKeys';

export type { Cockpit };

/** GET /cockpit: the caller's tiles and charts in the property; refreshed by live events and every minute. */
export const cockpitQuery = (propertyId: string | null, refetchMs = 60_000) =>
  queryOptions({
    queryKey: cockpitKeys.one(propertyId),
    queryFn: () => api.get<Cockpit>(`/cockpit${qs({ propertyId })}`),
    enabled: !!propertyId,
    refetchInterval: refetchMs,
    staleTime: 10_000,
  });
