import { queryOptions, useQuery } from '@tanstack/react-query';
import { OUTSIDE_ROLES } from '@hy/contracts';
import { getAll } from '../../../lib/api';
import { placesKeys } from './keys';

export interface UserLite {
  id: string;
  username: string;
  displayName: string;
  disabled: boolean;
  roles: { propertyId: string; role: string }[];
}

/** Staff of the property (venue managers); admins only. */
export const staffUsersQuery = (propertyId: string | null, enabled: boolean) =>
  queryOptions({
    queryKey: placesKeys.staff(propertyId),
    queryFn: async () => {
      const users = await getAll<UserLite>('/users', { propertyId });
      return users.filter(
        (u) => !u.disabled && u.roles.some((r) => r.propertyId === propertyId && !OUTSIDE_ROLES.includes(r.role as never)),
      );
    },
    enabled: !!propertyId && enabled,
  });
export const useStaffUsers = (propertyId: string | null, enabled: boolean) => useQuery(staffUsersQuery(propertyId, enabled));
