/** GET /service-notices/:id — one notice with its departments' tasks, checks, incidents and policies. */
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { meetingKeys } from './keys';
import type { Notice } from './types';

export const noticeQuery = (id: string | null | undefined) =>
  queryOptions({
    queryKey: meetingKeys.notice(id),
    queryFn: () => api.get<Notice>(`/service-notices/${id}`),
    enabled: !!id,
    staleTime: 15_000,
  });
