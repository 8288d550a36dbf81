/** Units, organizations and engineers of the property, for the pickers and labels of the case pages. */
import { useQuery } from '@tanstack/react-query';
import type { OrganizationRecord, UnitRecord, UserAccount } from '@hy/contracts';
import { api, getAll, qs, type Page } from '../../../lib/api';

export function useUnits(propertyId: string | null, enabled = true) {
  return useQuery({
    queryKey: ['places', 'units', propertyId, 'cases'],
    queryFn: () => getAll<UnitRecord>('/units', { propertyId }),
    enabled: !!propertyId && enabled,
    staleTime: 5 * 60_000,
    retry: false,
  });
}
export function useOrgs(propertyId: string | null, enabled = true) {
  return useQuery({
    queryKey: ['places', 'organizations', propertyId, 'cases'],
    queryFn: () => getAll<OrganizationRecord>('/organizations', { propertyId }),
    enabled: !!propertyId && enabled,
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** Engineers of the property for assignment; the user list is for administrators, so others assign "any engineer". */
export function useEngineers(propertyId: string | null) {
  return useQuery({
    queryKey: ['users', 'engineers', propertyId],
    queryFn: async () => {
      try {
        const r = await api.get<Page<UserAccount>>(`/users${qs({ propertyId, role: 'engineer', limit: 200 })}`);
        return r.data.filter((u) => !u.disabled);
      } catch {
        return [];
      }
    },
    enabled: !!propertyId,
    staleTime: 5 * 60_000,
    retry: false,
  });
}
