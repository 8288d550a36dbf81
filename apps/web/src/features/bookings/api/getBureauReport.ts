import { queryOptions } from '@tanstack/react-query';
import type { BureauDailyQuery, BureauReport } from '@hy/contracts';
import { api, qs, type WithSessionProperty } from '../../../lib/api';
import { bookingKeys } from './keys';

export const bureauReportQuery = (params: WithSessionProperty<BureauDailyQuery>) =>
  queryOptions({
    queryKey: bookingKeys.bureauReport(params),
    queryFn: () => api.get<BureauReport>(`/reports/bureau-daily${qs(params)}`),
    enabled: !!params.propertyId,
  });
