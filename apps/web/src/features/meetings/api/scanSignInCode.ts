/** POST /service-notices/:id/sign-in/scan — the sign-in desk scanned (or typed) an attendee's personal code. */
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { SignedIn } from './types';

export type ScanSignInVars = { noticeId: string; code: string };
export const scanSignInCode = ({ noticeId, code }: ScanSignInVars) =>
  api.post<SignedIn>(`/service-notices/${noticeId}/sign-in/scan`, { code });

export const useScanSignInCode = (o: MutationOptions<ScanSignInVars, SignedIn> = {}) =>
  useApiMutation({ mutationFn: scanSignInCode, invalidate: (_d, v) => [meetingKeys.attendeeList(v.noticeId)], ...o });
