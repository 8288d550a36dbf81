import { queryOptions } from '@tanstack/react-query';
import type { DunningRow } from '@hy/contracts';
import { api, qs } from '../../../lib/api';
import { payKeys } from '../notices/api';

export interface Review {
  id: string;
  month: string;
  review: string;
  measures: { measure: string; owner: string; due: string }[];
  signedByName: string;
  signedRole: string;
  signedAt: string;
}
export const dunningQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: payKeys.dunning(propertyId),
    queryFn: () => api.get<{ data: DunningRow[] }>(`/billing/dunning${qs({ propertyId })}`),
    enabled: !!propertyId,
  });
export const reviewQuery = (propertyId: string | null, month: string) =>
  queryOptions({
    queryKey: payKeys.review(propertyId, month),
    queryFn: () => api.get<{ review: Review | null }>(`/billing/reviews${qs({ propertyId, month })}`),
    enabled: !!propertyId && !!month,
  });
export const recordStep = (v: { id: string; outcome: string }) => api.post(`/billing/dunning-steps/${v.id}/record`, { outcome: v.outcome });
export const signReview = (v: { propertyId: string | null; month: string; review: string; measures: Review['measures'] }) =>
  api.put<{ review: Review }>('/billing/reviews', v);
