/** The events' transport data layer: the overview, the pick-up suggestion, the dispatch sheet, and the writes. */
import { queryOptions } from '@tanstack/react-query';
import type {
  DispatchSheet,
  EventTransfer,
  EventVehicle,
  PickupsCreate,
  SuggestedTransfer,
  TransferInput,
  TransferMove,
  TransferPatch,
  TransportOverview,
  VehicleInput,
  VehiclePatch,
} from '@hy/contracts';
import { api, qs } from '../../../lib/api';
import { eventKeys } from '../api';

export const transportKeys = {
  all: (id: string) => [...eventKeys.event(id), 'transport'] as const,
};

export const transportQuery = (id: string) =>
  queryOptions({ queryKey: [...transportKeys.all(id), 'overview'], queryFn: () => api.get<TransportOverview>(`/events/${id}/transport`) });

export const suggestQuery = (id: string, kind: 'pickup' | 'dropoff', place: string, enabled: boolean) =>
  queryOptions({
    queryKey: [...transportKeys.all(id), 'suggest', kind, place],
    queryFn: () =>
      api.get<{ windowMinutes: number; transfers: SuggestedTransfer[] }>(`/events/${id}/transfers/suggest-pickups${qs({ kind, place })}`),
    enabled,
  });

export const dispatchQuery = (id: string, vehicleId: string, day: string | null) =>
  queryOptions({
    queryKey: [...transportKeys.all(id), 'dispatch', vehicleId, day],
    queryFn: () => api.get<DispatchSheet>(`/events/${id}/dispatch${qs({ vehicleId, day })}`),
  });

export const dispatchXlsxUrl = (id: string, vehicleId: string, day?: string | null) =>
  `/api/v1/events/${id}/dispatch${qs({ vehicleId, day, format: 'xlsx' })}`;

export const transportWrite = {
  addVehicle: (id: string, v: VehicleInput) => api.post<EventVehicle>(`/events/${id}/vehicles`, v),
  patchVehicle: (id: string, vehicleId: string, v: VehiclePatch) => api.patch<EventVehicle>(`/events/${id}/vehicles/${vehicleId}`, v),
  deleteVehicle: (id: string, vehicleId: string) => api.del(`/events/${id}/vehicles/${vehicleId}`),
  addTransfer: (id: string, v: TransferInput) => api.post<EventTransfer>(`/events/${id}/transfers`, v),
  patchTransfer: (id: string, transferId: string, v: TransferPatch) => api.patch<EventTransfer>(`/events/${id}/transfers/${transferId}`, v),
  deleteTransfer: (id: string, transferId: string) => api.del(`/events/${id}/transfers/${transferId}`),
  move: (id: string, v: TransferMove) => api.post<TransportOverview>(`/events/${id}/transfers/move`, v),
  pickups: (id: string, v: PickupsCreate) => api.post<TransportOverview>(`/events/${id}/transfers/pickups`, v),
  dispatch: (id: string, vehicleId: string) => api.post<{ sent: number }>(`/events/${id}/vehicles/${vehicleId}/dispatch`),
};
