import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CaseDetail } from '@hy/contracts';
import { api } from '../../../lib/api';
import { caseKeys } from './keys';

/** A case with its timeline, work orders, callbacks and the actor's policies. */
export const caseQuery = (id: string | undefined) =>
  queryOptions({ queryKey: caseKeys.one(id), queryFn: () => api.get<CaseDetail>(`/cases/${id}`), enabled: !!id });
export const useCase = (id: string | undefined) => useQuery(caseQuery(id));
