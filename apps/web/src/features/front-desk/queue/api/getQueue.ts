import { queryOptions } from '@tanstack/react-query';
import type { DeskQueue } from '@hy/contracts';
import { api, qs } from '../../../../lib/api';
import { queueKeys } from './keys';

/** GET /front-desk/queue: every section the reader may read; refreshed each minute (deadlines pass) and on live events. */
export const deskQueueQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: queueKeys.of(propertyId),
    queryFn: () => api.get<DeskQueue>(`/front-desk/queue${qs({ propertyId })}`),
    enabled: !!propertyId,
    refetchInterval: 60_000,
  });
