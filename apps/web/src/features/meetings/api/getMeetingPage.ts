/** GET /service-notices/:id/page — the meeting page (agenda, handbook) and the sign-in count. */
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { meetingKeys } from './keys';
import type { MeetingPage } from './types';

export const meetingPageQuery = (noticeId: string) =>
  queryOptions({
    queryKey: meetingKeys.meetingPage(noticeId),
    queryFn: () => api.get<MeetingPage>(`/service-notices/${noticeId}/page`),
  });
