/** POST /meeting-attendees/:id/sign-in — sign an attendee in at the desk. */
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { Attendee } from './types';

export const signInAttendee = (attendeeId: string) => api.post<Attendee>(`/meeting-attendees/${attendeeId}/sign-in`);

export const useSignInAttendee = (o: MutationOptions<string, Attendee> = {}) =>
  useApiMutation({ mutationFn: signInAttendee, invalidate: [meetingKeys.all], ...o });
