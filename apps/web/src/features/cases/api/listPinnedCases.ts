import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CaseRow } from '@hy/contracts';
import { api, qs } from '../../../lib/api';
import { caseKeys } from './keys';

/** The property's emergencies not signed off yet (any status, newest first), independent of the list's filters and paging. */
export const pinnedCasesQuery = (propertyId: string | null, enabled = true) =>
  queryOptions({
    queryKey: caseKeys.pinned(propertyId),
    queryFn: () => api.get<{ data: CaseRow[] }>(`/cases/pinned${qs({ propertyId })}`).then((r) => r.data),
    enabled: !!propertyId && enabled,
  });
export const usePinnedCases = (propertyId: string | null, enabled = true) => useQuery(pinnedCasesQuery(propertyId, enabled));
