import { queryOptions } from '@tanstack/react-query';
import type { DailyReview, MonthlyReview, WeeklySummary } from '@hy/contracts';
import { api, qs } from '../../../lib/api';
import { caseKeys } from './keys';

export type ReviewTab = 'daily' | 'weekly' | 'monthly';
export type Review = DailyReview | WeeklySummary | MonthlyReview;
export const REVIEW_PATH: Record<ReviewTab, string> = {
  daily: '/supervision/daily',
  weekly: '/reports/cases-weekly',
  monthly: '/supervision/monthly',
};
export const REVIEW_PARAM: Record<ReviewTab, string> = { daily: 'date', weekly: 'week', monthly: 'month' };

/** The supervisor's daily review, the Monday summary, the project manager's monthly review (S9). */
export const reviewQuery = (propertyId: string | null, tab: ReviewTab, period: string) =>
  queryOptions({
    queryKey: caseKeys.review(propertyId, tab, period),
    queryFn: () => api.get<Review>(`${REVIEW_PATH[tab]}${qs({ propertyId, [REVIEW_PARAM[tab]]: period })}`),
    enabled: !!propertyId,
    retry: false,
  });
