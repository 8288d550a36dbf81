import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { UserAccountPage } from '@hy/contracts';
import { api, qs } from '../../../lib/api';
import { userKeys, type UserFilters } from './keys';

const listUsers = (params: Record<string, unknown>) => api.get<UserAccountPage>(`/users${qs(params)}`);

/** The accounts of a property, page by page (the users page). */
export const usersQuery = (propertyId: string | null, filters: UserFilters) =>
  infiniteQueryOptions({
    queryKey: userKeys.list(propertyId, filters),
    queryFn: ({ pageParam }) => listUsers({ propertyId, ...filters, limit: 100, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (p) => p.nextCursor ?? undefined,
    enabled: !!propertyId,
  });

/** The first 200 accounts of a property, for a count ("200+" when there are more). */
export const userCountQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: userKeys.count(propertyId),
    queryFn: () => listUsers({ propertyId, limit: 200 }),
    enabled: !!propertyId,
  });
