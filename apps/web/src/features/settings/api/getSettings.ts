import { queryOptions } from '@tanstack/react-query';
import type { PropertySettings } from '@hy/contracts';
import { api } from '../../../lib/api';
import { settingsKeys } from './keys';

/** Every setting of the property: effective value, default, whether overridden, unit and range. */
export const settingsQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: settingsKeys.property(propertyId),
    queryFn: () => api.get<PropertySettings>(`/properties/${propertyId}/settings`),
    enabled: !!propertyId,
  });
