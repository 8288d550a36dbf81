/** GET /warehouse-items — the property's meeting warehouse. */
import { queryOptions } from '@tanstack/react-query';
import { api, qs } from '../../../lib/api';
import { meetingKeys } from './keys';
import type { WarehouseItem } from './types';

export const warehouseItemsQuery = (propertyId: string | null, enabled = true) =>
  queryOptions({
    queryKey: meetingKeys.warehouseItems(propertyId),
    queryFn: () => api.get<{ data: WarehouseItem[] }>(`/warehouse-items${qs({ propertyId })}`),
    enabled: !!propertyId && enabled,
  });
