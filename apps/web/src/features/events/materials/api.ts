/** The 会务物资清单's data layer (M13): keyed under the event so every write refetches the event's caches. */
import { queryOptions } from '@tanstack/react-query';
import type { EventMaterialLine, EventMaterialLineBody, EventMaterialListReply, MaterialStatus } from '@hy/contracts';
import { api } from '../../../lib/api';
import { eventKeys } from '../api';

export const materialsKey = (id: string) => [...eventKeys.event(id), 'materials'] as const;

export const materialsQuery = (id: string) =>
  queryOptions({ queryKey: materialsKey(id), queryFn: () => api.get<EventMaterialListReply>(`/events/${id}/materials`), enabled: !!id });
export const warehouseQuery = (id: string, enabled: boolean) =>
  queryOptions({
    queryKey: [...materialsKey(id), 'warehouse'],
    queryFn: () =>
      api.get<{ data: { id: string; code: string; name: string; unit: string; stock: number; lossFen: number }[] }>(
        `/events/${id}/materials/warehouse`,
      ),
    enabled,
    staleTime: 30_000,
  });

export const materialsExportUrl = (id: string) => `/api/v1/events/${id}/materials/export`;

export const writeMaterials = {
  create: (id: string, v: Partial<EventMaterialLineBody>) => api.post<EventMaterialLine>(`/events/${id}/materials`, v),
  patch: (id: string, lineId: string, v: Partial<EventMaterialLineBody> & { version: number }) =>
    api.patch<EventMaterialLine>(`/events/${id}/materials/${lineId}`, v),
  status: (id: string, lineId: string, status: MaterialStatus) =>
    api.post<EventMaterialLine>(`/events/${id}/materials/${lineId}/status`, { status }),
  remove: (id: string, lineId: string) => api.del(`/events/${id}/materials/${lineId}`),
  draw: (id: string, lineId: string, qty: number) => api.post<EventMaterialLine>(`/events/${id}/materials/${lineId}/draw`, { qty }),
  giveBack: (id: string, lineId: string, v: { returned: number; lost: number }) =>
    api.post<EventMaterialLine>(`/events/${id}/materials/${lineId}/return`, v),
};
