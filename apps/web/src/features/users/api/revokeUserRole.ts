import type { UserAccount } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation, type ApiMutationOptions } from '../../../lib/mutation';
import { userKeys } from './keys';
import type { UserRoleVars } from './grantUserRole';

export const revokeUserRole = ({ id, grant }: UserRoleVars) => api.del<UserAccount>(`/users/${id}/roles`, grant);

export function useRevokeUserRole(o: Omit<ApiMutationOptions<UserRoleVars, UserAccount>, 'mutationFn' | 'invalidate'> = {}) {
  return useApiMutation({ mutationFn: revokeUserRole, invalidate: [userKeys.all], ...o });
}
