import type { UserAccount, UserCreateBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation, type ApiMutationOptions } from '../../../lib/mutation';
import { userKeys } from './keys';

export const createUser = (body: UserCreateBody) => api.post<UserAccount>('/users', body);

export function useCreateUser(o: Omit<ApiMutationOptions<UserCreateBody, UserAccount>, 'mutationFn' | 'invalidate'> = {}) {
  return useApiMutation({ mutationFn: createUser, invalidate: [userKeys.all], ...o });
}
