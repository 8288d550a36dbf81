/** POST /service-notices/:id/attendees — add one attendee. */
import type { AttendeeBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { Attendee } from './types';

export type AddAttendeeVars = { noticeId: string; body: AttendeeBody };
export const addAttendee = (v: AddAttendeeVars) => api.post<Attendee>(`/service-notices/${v.noticeId}/attendees`, v.body);

export const useAddAttendee = (o: MutationOptions<AddAttendeeVars, Attendee> = {}) =>
  useApiMutation({ mutationFn: addAttendee, invalidate: [meetingKeys.all], ...o });
