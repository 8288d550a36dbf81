/** The hotels data layer: the rooming view and plan under the event's keys, and the writes. */
import { queryOptions } from '@tanstack/react-query';
import type { AccommodationPlan, AutoResult, BlockInput, HotelInput, RoomAssign, RoomMove, Rooming } from '@hy/contracts';
import { api } from '../../../lib/api';
import { eventKeys } from '../api';

export const roomingKey = (id: string) => [...eventKeys.event(id), 'hotels'] as const;
export const roomingQuery = (id: string) =>
  queryOptions({ queryKey: [...roomingKey(id), 'rooming'], queryFn: () => api.get<Rooming>(`/events/${id}/rooming`) });
export const planQuery = (id: string, hotelId: string) =>
  queryOptions({
    queryKey: [...roomingKey(id), 'plan', hotelId],
    queryFn: () => api.get<AccommodationPlan>(`/events/${id}/hotels/${hotelId}/plan`),
  });
export const planXlsxUrl = (id: string, hotelId: string) => `/api/v1/events/${id}/hotels/${hotelId}/plan?format=xlsx`;

export const hotelsWrite = {
  addHotel: (id: string, v: HotelInput) => api.post<{ id: string }>(`/events/${id}/hotels`, v),
  patchHotel: (id: string, hotelId: string, v: Partial<HotelInput>) => api.patch<{ id: string }>(`/events/${id}/hotels/${hotelId}`, v),
  blocks: (id: string, hotelId: string, v: BlockInput) => api.put<unknown>(`/events/${id}/hotels/${hotelId}/blocks`, v),
  assign: (id: string, v: RoomAssign) => api.post<{ id: string }>(`/events/${id}/rooms`, v),
  move: (id: string, roomId: string, v: RoomMove) => api.patch<{ id: string }>(`/events/${id}/rooms/${roomId}`, v),
  cancel: (id: string, roomId: string) => api.del<unknown>(`/events/${id}/rooms/${roomId}`),
  auto: (id: string) => api.post<AutoResult>(`/events/${id}/rooming/auto`, {}),
  send: (id: string, hotelId: string) => api.post<{ sentVersion: number }>(`/events/${id}/hotels/${hotelId}/send-list`, {}),
};
