import type { PasswordChangeBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation, type ApiMutationOptions } from '../../../lib/mutation';
import { accountKeys } from './keys';

/** Changes one's own password (204); other sessions of the account end. */
export const changePassword = (body: PasswordChangeBody) => api.post<void>('/auth/password', body);

/** Refetches the session afterwards: `mustChangePassword` is then false. */
export function useChangePassword(o: Omit<ApiMutationOptions<PasswordChangeBody, void>, 'mutationFn' | 'invalidate'> = {}) {
  return useApiMutation({ mutationFn: changePassword, invalidate: [accountKeys.me], ...o });
}
