import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { placesKeys } from './keys';
import type { Building } from './types';

export const buildingQuery = (propertyId: string | null, id: string | null | undefined) =>
  queryOptions({
    queryKey: placesKeys.building(propertyId, id),
    queryFn: () => api.get<Building>(`/buildings/${id}`),
    enabled: !!id,
  });
/** The floors of a building, lowest first. */
export const useFloors = (propertyId: string | null, buildingId: string | null | undefined) =>
  useQuery({ ...buildingQuery(propertyId, buildingId), select: (b) => b.floors ?? [] });
