/** GET /service-notices/:id/purchases — the meeting's proxy purchases. */
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { meetingKeys } from './keys';
import type { Purchase } from './types';

export const purchasesQuery = (noticeId: string) =>
  queryOptions({
    queryKey: meetingKeys.purchases(noticeId),
    queryFn: () => api.get<{ data: Purchase[] }>(`/service-notices/${noticeId}/purchases`),
  });
