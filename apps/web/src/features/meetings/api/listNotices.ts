/** GET /service-notices — the notices of a property whose meetings fall in [from, to). */
import { queryOptions } from '@tanstack/react-query';
import { api, qs } from '../../../lib/api';
import { meetingKeys } from './keys';
import type { NoticeRow } from './types';

export const noticesQuery = (propertyId: string | null, from: string, to: string) =>
  queryOptions({
    queryKey: meetingKeys.noticeList(propertyId, from, to),
    queryFn: () => api.get<{ data: NoticeRow[] }>(`/service-notices${qs({ propertyId, from, to, limit: 1000 })}`),
    enabled: !!propertyId,
  });
