import { queryOptions } from '@tanstack/react-query';
import type { KbEntry } from '@hy/contracts';
import { api, qs } from '../../../lib/api';
import { caseKeys } from './keys';

/** Standard answers and courtesy phrases while taking a call. */
export const kbSearchQuery = (propertyId: string | null, term: string, enabled = true) =>
  queryOptions({
    queryKey: caseKeys.kbSearch(propertyId, term),
    queryFn: () => api.get<{ data: KbEntry[] }>(`/kb/search${qs({ propertyId, q: term, limit: 8 })}`).then((r) => r.data),
    enabled: !!propertyId && enabled,
    retry: false,
    placeholderData: (prev) => prev,
  });

/** The knowledge base as its editors see it (100 entries, optionally courtesy phrases only). */
export const kbAdminQuery = (propertyId: string | null, q: string, courtesy: boolean) =>
  queryOptions({
    queryKey: caseKeys.kbAdmin(propertyId, q, courtesy),
    queryFn: () => api.get<{ data: KbEntry[] }>(`/kb/search${qs({ propertyId, q, courtesy: courtesy ? 'true' : undefined, limit: 100 })}`),
    enabled: !!propertyId,
  });
