import { infiniteQueryOptions, queryOptions, useQuery } from '@tanstack/react-query';
import { api, getAll, qs, type Page } from '../../../lib/api';
import { placesKeys } from './keys';
import type { Venue } from './types';

/** Every venue of the property (the board's rows, the forms' choices), sorted by building and code. */
export const allVenuesQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: placesKeys.venueList(propertyId, { all: true }),
    queryFn: async () =>
      (await getAll<Venue>('/venues', { propertyId })).sort(
        (a, b) => a.buildingName.localeCompare(b.buildingName, 'zh-CN') || a.code.localeCompare(b.code),
      ),
    enabled: !!propertyId,
    staleTime: 60_000,
  });
export const useAllVenues = (propertyId: string | null) => useQuery(allVenuesQuery(propertyId));

/** Pages of venues, filtered (the venues page). */
export const venuePagesQuery = (propertyId: string | null, params: Record<string, unknown>) =>
  infiniteQueryOptions({
    queryKey: placesKeys.venueList(propertyId, params),
    queryFn: ({ pageParam }) => api.get<Page<Venue>>(`/venues${qs({ ...params, limit: 50, cursor: pageParam })}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: !!propertyId,
  });
