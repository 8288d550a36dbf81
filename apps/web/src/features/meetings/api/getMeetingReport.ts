/** GET /reports/meetings/{daily|weekly|monthly} — the meeting reports (SPEC M10) of a day, ISO week or month. */
import { queryOptions } from '@tanstack/react-query';
import { api, qs } from '../../../lib/api';
import { meetingKeys } from './keys';
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
