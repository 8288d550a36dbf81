import type { Role } from '@hy/contracts';

/** Query keys of the user accounts: everything under `all`, so one write refreshes every list, count and account. */
export interface UserFilters {
  q?: string;
  role?: Role;
}

const all = ['users'] as const;
export const userKeys = {
  all,
  lists: () => [...all, 'list'] as const,
  list: (propertyId: string | null, filters: UserFilters) => [...all, 'list', propertyId, filters] as const,
  count: (propertyId: string | null) => [...all, 'count', propertyId] as const,
  detail: (id: string | null) => [...all, 'one', id] as const,
};
