import { queryOptions } from '@tanstack/react-query';
import type { BureauReport } from '@hy/contracts';
import { api, qs } from '../../../lib/api';
import { bookingKeys } from './keys';

export const bureauReportQuery = (params: { propertyId: string | null; date: string }) =>
  queryOptions({
    queryKey: bookingKeys.bureauReport(params),
    queryFn: () => api.get<BureauReport>(`/reports/bureau-daily${qs(params)}`),
    enabled: !!params.propertyId,
  });
