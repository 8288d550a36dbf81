/** The reviews' data layer: the day's records and sign-off, the Friday summary, the findings sent to repair. */
import { queryOptions } from '@tanstack/react-query';
import type { PatrolDailyReview, PatrolRepairStats, PatrolWeeklySummary } from '@hy/contracts';
import { api, qs } from '../../../../lib/api';

const all = ['inspections', 'reviews'] as const;
export const reviewKeys = { all };

export const dailyReviewQuery = (propertyId: string | null, day: string) =>
  queryOptions({
    queryKey: [...all, 'daily', propertyId, day] as const,
    queryFn: () => api.get<PatrolDailyReview>(`/inspection-reviews/daily${qs({ propertyId, day })}`),
    enabled: !!propertyId,
  });
export const weeklyQuery = (propertyId: string | null, friday: string) =>
  queryOptions({
    queryKey: [...all, 'weekly', propertyId, friday] as const,
    queryFn: () => api.get<PatrolWeeklySummary>(`/inspection-reviews/weekly${qs({ propertyId, friday })}`),
    enabled: !!propertyId,
  });
export const repairStatsQuery = (propertyId: string | null, from: string, to: string) =>
  queryOptions({
    queryKey: [...all, 'repairs', propertyId, from, to] as const,
    queryFn: () => api.get<PatrolRepairStats>(`/inspection-reviews/repairs${qs({ propertyId, from, to })}`),
    enabled: !!propertyId,
  });
export const weeklyXlsxUrl = (propertyId: string | null, friday: string) =>
  `/api/v1/inspection-reviews/weekly${qs({ propertyId, friday, format: 'xlsx' })}`;
export const repairsXlsxUrl = (propertyId: string | null, from: string, to: string) =>
  `/api/v1/inspection-reviews/repairs${qs({ propertyId, from, to, format: 'xlsx' })}`;

export const signDay = (v: { propertyId: string | null; day: string; note?: string | null }) =>
  api.post<PatrolDailyReview>('/inspection-reviews/daily', { propertyId: v.propertyId, day: v.day, note: v.note || null });
export const setFixBy = (v: { id: string; fixBy: string }) =>
  api.post<{ ok: true }>(`/inspection-findings/${v.id}/fix-by`, { fixBy: v.fixBy });
