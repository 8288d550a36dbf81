/** GET /service-notices/:id/attendees — the attendee list and the sign-in count. */
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { meetingKeys } from './keys';
import type { Attendee, SignInCount } from './types';

export const attendeesQuery = (noticeId: string) =>
  queryOptions({
    queryKey: meetingKeys.attendeeList(noticeId),
    queryFn: () => api.get<{ data: Attendee[]; count: SignInCount }>(`/service-notices/${noticeId}/attendees`),
  });
