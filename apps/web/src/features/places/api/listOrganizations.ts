import { infiniteQueryOptions, queryOptions, useQuery } from '@tanstack/react-query';
import { api, getAll, qs, type Page } from '../../../lib/api';
import { placesKeys } from './keys';
import type { Organization } from './types';

/** Every organization of the property (pickers). */
export const organizationsQuery = (propertyId: string | null, enabled = true) =>
  queryOptions({
    queryKey: placesKeys.organizationList(propertyId),
    queryFn: () => getAll<Organization>('/organizations', { propertyId }),
    enabled: !!propertyId && enabled,
  });
export const useOrganizations = (propertyId: string | null, enabled = true) => useQuery(organizationsQuery(propertyId, enabled));

/** Pages of organizations, filtered (the organizations page). */
export const organizationPagesQuery = (propertyId: string | null, filters: { kind?: string; q?: string }) =>
  infiniteQueryOptions({
    queryKey: placesKeys.organizationList(propertyId, { ...filters, paged: true }),
    queryFn: ({ pageParam }) =>
      api.get<Page<Organization>>(`/organizations${qs({ propertyId, ...filters, limit: 100, cursor: pageParam })}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: !!propertyId,
  });
