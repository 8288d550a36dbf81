/** POST /meeting-attendees/:id/sign-in — sign an attendee in at the desk. */
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { SignedIn } from './types';

export const signInAttendee = (attendeeId: string) => api.post<SignedIn>(`/meeting-attendees/${attendeeId}/sign-in`);

export const useSignInAttendee = (o: MutationOptions<string, SignedIn> = {}) =>
  useApiMutation({ mutationFn: signInAttendee, invalidate: [meetingKeys.all], ...o });
