import type { UserAccount, UserUpdateBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation, type ApiMutationOptions } from '../../../lib/mutation';
import { userKeys } from './keys';

export interface UpdateUserVars {
  id: string;
  body: UserUpdateBody;
}

/** Profile, status (disabled) or a password reset. */
export const updateUser = ({ id, body }: UpdateUserVars) => api.patch<UserAccount>(`/users/${id}`, body);

export function useUpdateUser(o: Omit<ApiMutationOptions<UpdateUserVars, UserAccount>, 'mutationFn' | 'invalidate'> = {}) {
  return useApiMutation({ mutationFn: updateUser, invalidate: [userKeys.all], ...o });
}
