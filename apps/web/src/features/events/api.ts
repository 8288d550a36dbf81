/** The events data layer (M13): one key factory for the domain (every write refetches the event's caches), queries and writes of the event and its team. */
import { queryOptions } from '@tanstack/react-query';
import type { BriefCreate, EventBrief, EventCreate, EventDetail, EventPatch, EventSummary, GroupCreate, GroupPatch } from '@hy/contracts';
import { api, qs, type WithSessionProperty } from '../../lib/api';

export const eventKeys = {
  all: ['events'] as const,
  list: (pid: string | null, status?: string) => ['events', 'list', pid, status] as const,
  /** every cache of one event: its detail and each sub-feature's lists (sub-features key under it) */
  event: (id: string) => ['events', 'event', id] as const,
};

export const eventsQuery = (pid: string | null, status?: string) =>
  queryOptions({
    queryKey: eventKeys.list(pid, status),
    queryFn: () => api.get<{ data: EventSummary[] }>(`/events${qs({ propertyId: pid, status })}`),
    enabled: !!pid,
  });
export const eventQuery = (id: string | undefined) =>
  queryOptions({ queryKey: [...eventKeys.event(id ?? ''), 'detail'], queryFn: () => api.get<EventDetail>(`/events/${id}`), enabled: !!id });
export const briefsQuery = (id: string, enabled = true) =>
  queryOptions({
    queryKey: [...eventKeys.event(id), 'briefs'],
    queryFn: () => api.get<{ data: EventBrief[] }>(`/events/${id}/briefs`),
    enabled,
  });
export const staffOptionsQuery = (id: string, enabled = true) =>
  queryOptions({
    queryKey: [...eventKeys.event(id), 'staff'],
    queryFn: () =>
      api.get<{ data: { userId: string; name: string; phone: string | null; roleLabel: string | null }[] }>(`/events/${id}/staff-options`),
    enabled,
    staleTime: 60_000,
  });

export const write = {
  create: (v: WithSessionProperty<EventCreate>) => api.post<EventDetail>('/events', v),
  patch: (id: string, v: EventPatch) => api.patch<EventDetail>(`/events/${id}`, v),
  addGroup: (id: string, v: GroupCreate) => api.post<EventDetail>(`/events/${id}/groups`, v),
  patchGroup: (id: string, groupId: string, v: GroupPatch) => api.patch<EventDetail>(`/events/${id}/groups/${groupId}`, v),
  deleteGroup: (id: string, groupId: string) => api.del<EventDetail>(`/events/${id}/groups/${groupId}`),
  duty: (id: string, groupId: string, dutyId: string, done: boolean) =>
    api.post<EventDetail>(`/events/${id}/groups/${groupId}/duties/${dutyId}`, { done }),
  brief: (id: string, v: BriefCreate) => api.post<EventBrief>(`/events/${id}/briefs`, v),
};
