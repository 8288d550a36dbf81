import { queryOptions } from '@tanstack/react-query';
import type { WatchEntry, WatchKind } from '@hy/contracts';
import { api, qs } from '../../../../lib/api';
import { visitKeys } from './keys';

export const watchListQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: visitKeys.watch(propertyId),
    queryFn: () => api.get<{ data: WatchEntry[] }>(`/front-desk/watch-list${qs({ propertyId })}`),
    enabled: !!propertyId,
  });
export const addWatch = (v: { propertyId: string | null; kind: WatchKind; value: string; reason: string }) =>
  api.post<WatchEntry>('/front-desk/watch-list', v);
export const removeWatch = (id: string) => api.post<WatchEntry>(`/front-desk/watch-list/${id}/remove`, {});
