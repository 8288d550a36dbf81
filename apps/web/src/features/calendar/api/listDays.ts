import { queryOptions } from '@tanstack/react-query';
import type { CalendarDay } from '@hy/contracts';
import { api, qs } from '../../../lib/api';
import { calendarKeys } from './keys';

/** The days of a year (with the edges of the neighbouring years the month grid shows), by date. */
export const yearDaysQuery = (propertyId: string | null, year: number) =>
  queryOptions({
    queryKey: calendarKeys.days(propertyId, year),
    queryFn: () =>
      api.get<{ data: CalendarDay[] }>(`/calendar/days${qs({ propertyId, from: `${year - 1}-12-20`, to: `${year + 1}-01-12` })}`),
    enabled: !!propertyId,
    select: (r) => new Map(r.data.map((d) => [d.date, d])),
  });
