/** GET /service-notices/:id/after — the after-meeting check, hand-overs and lost items. */
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { meetingKeys } from './keys';
import type { AfterData } from './types';

export const afterQuery = (noticeId: string) =>
  queryOptions({
    queryKey: meetingKeys.after(noticeId),
    queryFn: () => api.get<AfterData>(`/service-notices/${noticeId}/after`),
  });
