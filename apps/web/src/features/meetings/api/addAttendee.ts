/** POST /service-notices/:id/attendees — add one attendee. */
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { Attendee } from './types';

export const addAttendee = (v: { noticeId: string; body: Record<string, unknown> }) =>
  api.post<Attendee>(`/service-notices/${v.noticeId}/attendees`, v.body);

export const useAddAttendee = (o: MutationOptions<{ noticeId: string; body: Record<string, unknown> }, Attendee> = {}) =>
  useApiMutation({ mutationFn: addAttendee, invalidate: [meetingKeys.all], ...o });
