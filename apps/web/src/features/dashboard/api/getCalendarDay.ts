import { queryOptions } from '@tanstack/react-query';
import type { CalendarDay } from '@hy/contracts';
import { api, qs } from '../../../lib/api';
import { dashboardKeys } from './keys';

export type { CalendarDay };

/** One day of the property's work calendar: working or not, and the holiday's name. */
export const calendarDayQuery = (propertyId: string | null, day: string) =>
  queryOptions({
    queryKey: dashboardKeys.day(propertyId, day),
    queryFn: () => api.get<{ data: CalendarDay[] }>(`/calendar/days${qs({ propertyId, from: day, to: day })}`),
    enabled: !!propertyId,
    retry: false,
    staleTime: 10 * 60_000,
  });
