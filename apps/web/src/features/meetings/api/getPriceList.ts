/** GET /meeting-price-lists/:propertyId — the property's price list (null until one is saved). */
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { meetingKeys } from './keys';
import type { PriceList } from './types';

export const priceListQuery = (propertyId: string | null, enabled = true) =>
  queryOptions({
    queryKey: meetingKeys.priceList(propertyId),
    queryFn: () => api.get<{ prices: PriceList | null; version: number; updatedAt: string | null }>(`/meeting-price-lists/${propertyId}`),
    enabled: !!propertyId && enabled,
  });
