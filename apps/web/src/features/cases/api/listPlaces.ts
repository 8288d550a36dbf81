/** Units and organizations of the property, for the pickers and labels of the case pages. */
import { useQuery } from '@tanstack/react-query';
import type { OrganizationRecord, UnitRecord } from '@hy/contracts';
import { getAll } from '../../../lib/api';

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
