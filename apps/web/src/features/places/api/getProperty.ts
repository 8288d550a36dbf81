import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PropertyRecord } from '@hy/contracts';
import { api } from '../../../lib/api';
import { placesKeys } from './keys';

/** The property record: work hours, time zone, settings (lead times per class …). */
export const propertyQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: placesKeys.propertyRecord(propertyId),
    queryFn: () => api.get<PropertyRecord>(`/properties/${propertyId}`),
    enabled: !!propertyId,
  });
export const useProperty = (propertyId: string | null) => useQuery(propertyQuery(propertyId));
