import { queryOptions } from '@tanstack/react-query';
import type { UserAccount } from '@hy/contracts';
import { api } from '../../../lib/api';
import { userKeys } from './keys';

/** One account with its roles in the administrator's properties and what they may change. */
export const userQuery = (id: string | null) =>
  queryOptions({
    queryKey: userKeys.detail(id),
    queryFn: () => api.get<UserAccount>(`/users/${id}`),
    enabled: !!id,
  });
