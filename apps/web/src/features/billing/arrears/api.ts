/** The month's received and arrears reports. */
import { queryOptions } from '@tanstack/react-query';
import type { ArrearsReport, ReceivedReport } from '@hy/contracts';
import { api, qs } from '../../../lib/api';
import { payKeys } from '../notices/api';

export const receivedQuery = (propertyId: string | null, month: string) =>
  queryOptions({
    queryKey: payKeys.received(propertyId, month),
    queryFn: () => api.get<ReceivedReport>(`/billing/received${qs({ propertyId, month })}`),
    enabled: !!propertyId && !!month,
  });
export const arrearsQuery = (propertyId: string | null, month: string | null) =>
  queryOptions({
    queryKey: payKeys.arrears(propertyId, month),
    queryFn: () => api.get<ArrearsReport>(`/billing/arrears${qs({ propertyId, month: month ?? undefined })}`),
    enabled: !!propertyId,
  });
export const receivedExportUrl = (propertyId: string | null, month: string) =>
  `/api/v1/billing/received/export${qs({ propertyId, month })}`;
export const arrearsExportUrl = (propertyId: string | null, month: string | null) =>
  `/api/v1/billing/arrears/export${qs({ propertyId, month: month ?? undefined })}`;
