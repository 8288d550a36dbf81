/** The contractor's evaluation: queries (one key factory) and the two writes. */
import { queryOptions } from '@tanstack/react-query';
import type { ContractorEvaluation, ContractorReview, ContractorSave } from '@hy/contracts';
import { api, qs } from '../../../../lib/api';

const all = ['quality', 'contractor'] as const;
export const contractorKeys = {
  all,
  month: (pid: string | null, month: string) => [...all, 'month', pid, month] as const,
  review: (pid: string | null, year: number) => [...all, 'review', pid, year] as const,
};

export const contractorMonthQuery = (propertyId: string | null, month: string) =>
  queryOptions({
    queryKey: contractorKeys.month(propertyId, month),
    queryFn: () => api.get<ContractorEvaluation>(`/quality/contractor-evaluations/month${qs({ propertyId, month })}`),
    enabled: !!propertyId,
  });

export const contractorReviewQuery = (propertyId: string | null, year: number) =>
  queryOptions({
    queryKey: contractorKeys.review(propertyId, year),
    queryFn: () => api.get<ContractorReview>(`/quality/contractor-evaluations/review${qs({ propertyId, year })}`),
    enabled: !!propertyId,
  });

export const saveContractor = (v: Omit<ContractorSave, 'propertyId'> & { propertyId: string | null }) =>
  api.post<ContractorEvaluation>('/quality/contractor-evaluations', v);
export const confirmContractor = (v: { id: string; remarks?: string | null }) =>
  api.post<ContractorEvaluation>(`/quality/contractor-evaluations/${v.id}/confirm`, v.remarks ? { remarks: v.remarks } : {});
