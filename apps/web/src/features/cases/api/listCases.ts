import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { CasePage } from '@hy/contracts';
import { api, qs } from '../../../lib/api';
import { caseKeys, type CaseFilters } from './keys';

const fetchCases = (propertyId: string | null, f: CaseFilters, limit: number, cursor?: string) =>
  api.get<CasePage>(`/cases${qs({ propertyId, ...f, overdue: f.overdue ? 'true' : undefined, limit, cursor })}`);

/** The case list, page by page (newest first). */
export const casesInfiniteQuery = (propertyId: string | null, f: CaseFilters) =>
  infiniteQueryOptions({
    queryKey: caseKeys.list(propertyId, f),
    queryFn: ({ pageParam }) => fetchCases(propertyId, f, 50, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (p) => p.nextCursor ?? undefined,
    enabled: !!propertyId,
  });

/** A tenant's own cases (the portal). */
export const portalCasesQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: caseKeys.list(propertyId, { q: 'portal' }),
    queryFn: () => fetchCases(propertyId, {}, 100),
    enabled: !!propertyId,
  });
