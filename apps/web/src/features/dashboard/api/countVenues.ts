import { queryOptions } from '@tanstack/react-query';
import { api, qs, type Page } from '../../../lib/api';
import { dashboardKeys } from './keys';

/** The first 200 venues of a property, for a count ("200+" when there are more). */
export const venueCountQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: dashboardKeys.venueCount(propertyId),
    queryFn: () => api.get<Page<unknown>>(`/venues${qs({ propertyId, limit: 200 })}`),
    enabled: !!propertyId,
    retry: false,
    staleTime: 60_000,
  });
