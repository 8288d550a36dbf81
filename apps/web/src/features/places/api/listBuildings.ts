import { queryOptions, useQuery } from '@tanstack/react-query';
import { getAll } from '../../../lib/api';
import { placesKeys } from './keys';
import type { Building } from './types';

export const buildingsQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: placesKeys.buildingList(propertyId),
    queryFn: () => getAll<Building>('/buildings', { propertyId }),
    enabled: !!propertyId,
  });
export const useBuildings = (propertyId: string | null) => useQuery(buildingsQuery(propertyId));
