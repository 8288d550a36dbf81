import { queryOptions } from '@tanstack/react-query';
import type { CalendarFeed, CalendarFeedCreateBody, CalendarFeedCreated } from '@hy/contracts';
import { api, qs } from '../../../lib/api';
import { useApiMutation, type ApiMutationOptions } from '../../../lib/mutation';
import { bookingKeys } from './keys';

export const feedsQuery = (propertyId: string | null, enabled: boolean) =>
  queryOptions({
    queryKey: bookingKeys.feeds(propertyId),
    queryFn: () => api.get<{ data: CalendarFeed[] }>(`/calendar-feeds${qs({ propertyId })}`),
    enabled,
  });

/** The feed asked for; the property is the session's. */
export type CreateFeedVars = Omit<CalendarFeedCreateBody, 'propertyId'>;
export const useCreateFeed = (propertyId: string | null, o: Omit<ApiMutationOptions<CreateFeedVars, CalendarFeedCreated>, 'mutationFn'>) =>
  useApiMutation({
    mutationFn: (v: CreateFeedVars) => api.post<CalendarFeedCreated>('/calendar-feeds', { propertyId, ...v }),
    invalidate: [bookingKeys.feeds(propertyId)],
    ...o,
  });

export const useRevokeFeed = (propertyId: string | null, o: Omit<ApiMutationOptions<string, unknown>, 'mutationFn'>) =>
  useApiMutation({ mutationFn: (id: string) => api.del(`/calendar-feeds/${id}`), invalidate: [bookingKeys.feeds(propertyId)], ...o });
