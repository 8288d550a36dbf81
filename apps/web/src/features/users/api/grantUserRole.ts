import type { UserAccount, UserRoleGrant } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation, type ApiMutationOptions } from '../../../lib/mutation';
import { userKeys } from './keys';

export interface UserRoleVars {
  id: string;
  grant: UserRoleGrant;
}

export const grantUserRole = ({ id, grant }: UserRoleVars) => api.post<UserAccount>(`/users/${id}/roles`, grant);

export function useGrantUserRole(o: Omit<ApiMutationOptions<UserRoleVars, UserAccount>, 'mutationFn' | 'invalidate'> = {}) {
  return useApiMutation({ mutationFn: grantUserRole, invalidate: [userKeys.all], ...o });
}
