import { queryOptions } from '@tanstack/react-query';
import type { WorkOrderGapReport } from '@hy/contracts';
import { api, qs } from '../../../lib/api';
import { caseKeys } from './keys';

/** Proves no work-order number of the year is missing; voided ones with reasons. */
export const gapReportQuery = (propertyId: string | null, year: number) =>
  queryOptions({
    queryKey: caseKeys.gapReport(propertyId, year),
    queryFn: () => api.get<WorkOrderGapReport>(`/work-orders/gap-report${qs({ propertyId, year })}`),
    enabled: !!propertyId,
    retry: false,
  });
