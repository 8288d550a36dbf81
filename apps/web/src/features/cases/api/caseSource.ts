import { queryOptions } from '@tanstack/react-query';
import type { CaseSource } from '@hy/contracts';
import { api } from '../../../lib/api';

/** Where a case came from (a patrol finding), or null. */
export const caseSourceQuery = (caseId: string) =>
  queryOptions({
    queryKey: ['cases', 'source', caseId] as const,
    queryFn: () => api.get<{ data: CaseSource | null }>(`/cases/${caseId}/source`),
  });
