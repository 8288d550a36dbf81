/** GET /service-notices/:id/sign-in-code — the meeting's QR sign-in code, or (given an attendee) that attendee's own. */
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { SignInCode } from './types';

export const signInCodeQuery = (noticeId: string) =>
  queryOptions({
    queryKey: meetingKeys.signInCode(noticeId),
    queryFn: () => api.get<SignInCode>(`/service-notices/${noticeId}/sign-in-code`),
    staleTime: Infinity,
  });

/** One attendee's personal code, fetched when asked for (it is not cached). */
export const attendeeSignInCode = (v: { noticeId: string; attendeeId: string }) =>
  api.get<SignInCode>(`/service-notices/${v.noticeId}/sign-in-code?attendeeId=${v.attendeeId}`);

export const useAttendeeSignInCode = (o: MutationOptions<{ noticeId: string; attendeeId: string }, SignInCode> = {}) =>
  useApiMutation({ mutationFn: attendeeSignInCode, ...o });
