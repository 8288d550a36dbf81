import { queryOptions } from '@tanstack/react-query';
import type { CollectionSeries } from '@hy/contracts';
import { api, qs } from '../../../lib/api';
import { payKeys } from '../notices/api';

export const collectionQuery = (propertyId: string | null, month: string | null) =>
  queryOptions({
    queryKey: payKeys.collection(propertyId, month),
    queryFn: () => api.get<CollectionSeries>(`/billing/collection${qs({ propertyId, month: month ?? undefined })}`),
    enabled: !!propertyId,
  });
