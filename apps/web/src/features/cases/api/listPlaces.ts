/** Units, organizations and engineers of the property, for the pickers and labels of the case pages. */
import { useQuery } from '@tanstack/react-query';
import { api, getAll, qs, type Page } from '../../../lib/api';

export interface UnitLite {
  id: string;
  code: string;
  name: string | null;
  buildingName: string;
  floorLabel: string | null;
  organizationId: string | null;
  organizationName: string | null;
}
export interface OrgLite {
  id: string;
  name: string;
}

export function useUnits(propertyId: string | null, enabled = true) {
  return useQuery({
    queryKey: ['places', 'units', propertyId, 'cases'],
    queryFn: () => getAll<UnitLite>('/units', { propertyId }),
    enabled: !!propertyId && enabled,
    staleTime: 5 * 60_000,
    retry: false,
  });
}
export function useOrgs(propertyId: string | null, enabled = true) {
  return useQuery({
    queryKey: ['places', 'organizations', propertyId, 'cases'],
    queryFn: () => getAll<OrgLite>('/organizations', { propertyId }),
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
        const r = await api.get<Page<{ id: string; displayName: string; disabled: boolean }>>(
          `/users${qs({ propertyId, role: 'engineer', limit: 200 })}`,
        );
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
