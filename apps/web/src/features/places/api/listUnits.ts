import { queryOptions, useQuery } from '@tanstack/react-query';
import { getAll } from '../../../lib/api';
import { placesKeys } from './keys';
import type { Unit } from './types';

export const unitsQuery = (propertyId: string | null, filters: { buildingId?: string | null; q?: string }) =>
  queryOptions({
    queryKey: placesKeys.unitList(propertyId, filters),
    queryFn: () => getAll<Unit>('/units', { propertyId, ...filters }),
    enabled: !!propertyId && !!filters.buildingId,
  });
export const useUnits = (propertyId: string | null, filters: { buildingId?: string | null; q?: string }) =>
  useQuery(unitsQuery(propertyId, filters));
