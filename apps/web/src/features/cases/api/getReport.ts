import { queryOptions } from '@tanstack/react-query';
import type {
  ComplaintRateReport,
  ComplaintsMonthly,
  ReportMonthQuery,
  ReportOpening,
  ReportQuarterQuery,
  SlaReport,
  ThreeEqualitiesReport,
} from '@hy/contracts';
import { api, qs, type WithSessionProperty } from '../../../lib/api';
import { caseKeys } from './keys';

export type ReportTab = 'complaints' | 'rate' | 'equalities' | 'sla';
export interface ReportOf {
  complaints: ComplaintsMonthly;
  rate: ComplaintRateReport;
  equalities: ThreeEqualitiesReport;
  sla: SlaReport;
}
export const REPORT_PATH: Record<ReportTab, string> = {
  complaints: '/reports/complaints-monthly',
  rate: '/reports/complaint-rate',
  equalities: '/reports/three-equalities',
  sla: '/reports/sla',
};

/** The period of a report: a month, or the quarter of the complaint rate. */
export type ReportParams = WithSessionProperty<ReportMonthQuery> | WithSessionProperty<ReportQuarterQuery>;
/** A measures report (S9/S10) of a month or quarter. */
export const reportQuery = <T extends ReportTab>(tab: T, params: ReportParams, enabled: boolean) =>
  queryOptions({
    queryKey: caseKeys.report(tab, params),
    queryFn: () => api.get<ReportOf[T]>(`${REPORT_PATH[tab]}${qs(params)}`),
    enabled,
    retry: false,
  });

/** GET /reports/cases/default-period — the month and quarter the reports open on. */
export const reportOpeningQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: [...caseKeys.reports(), 'opening', propertyId] as const,
    queryFn: () => api.get<ReportOpening>(`/reports/cases/default-period${qs({ propertyId })}`),
    enabled: !!propertyId,
    retry: false,
  });
