/** GET /service-notices/:id/assignments — who is on which of the notice's tasks. */
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { meetingKeys } from './keys';
import type { Assignment } from './types';

export const assignmentsQuery = (noticeId: string) =>
  queryOptions({
    queryKey: meetingKeys.assignments(noticeId),
    queryFn: () => api.get<{ data: Assignment[] }>(`/service-notices/${noticeId}/assignments`),
  });
