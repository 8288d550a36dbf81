/** POST /service-notices/:id/sign-in-code/revoke — the old QR code stops working, a new one is issued. */
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';

export const revokeSignInCode = (noticeId: string) => api.post(`/service-notices/${noticeId}/sign-in-code/revoke`);

export const useRevokeSignInCode = (o: MutationOptions<string, unknown> = {}) =>
  useApiMutation({ mutationFn: revokeSignInCode, invalidate: [meetingKeys.all], ...o });
