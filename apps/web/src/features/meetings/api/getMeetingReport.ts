/** GET /reports/meetings/{daily|weekly|monthly} — the meeting reports (SPEC M10) of a day, ISO week or month. */
import { queryOptions } from '@tanstack/react-query';
import { api, qs } from '../../../lib/api';
import { meetingKeys } from './keys';
import type { ReportOpening } from '@hy/contracts';
import type { DailyReport, MonthlyReport, ReportTab, WeeklyReport } from './types';

export const REPORT_PATH: Record<ReportTab, string> = {
  daily: '/reports/meetings/daily',
  weekly: '/reports/meetings/weekly',
  monthly: '/reports/meetings/monthly',
};
export const REPORT_PARAM: Record<ReportTab, 'date' | 'week' | 'month'> = { daily: 'date', weekly: 'week', monthly: 'month' };

export const meetingReportQuery = (tab: ReportTab, propertyId: string | null, period: string) =>
  queryOptions({
    queryKey: meetingKeys.report(tab, propertyId, period),
    queryFn: () =>
      api.get<DailyReport | WeeklyReport | MonthlyReport>(`${REPORT_PATH[tab]}${qs({ propertyId, [REPORT_PARAM[tab]]: period })}`),
    enabled: !!propertyId,
    retry: false,
  });

/** GET /reports/meetings/default-period — the day, week and month the reports open on when the address names none. */
export const meetingReportOpeningQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: [...meetingKeys.reports(), 'opening', propertyId] as const,
    queryFn: () => api.get<ReportOpening>(`/reports/meetings/default-period${qs({ propertyId })}`),
    enabled: !!propertyId,
    retry: false,
  });
