import { queryOptions } from '@tanstack/react-query';
import type { CalendarSummary } from '@hy/contracts';
import { api, qs } from '../../../lib/api';
import { calendarKeys } from './keys';

export const summaryQuery = (propertyId: string | null, year: number) =>
  queryOptions({
    queryKey: calendarKeys.summary(propertyId, year),
    queryFn: () => api.get<CalendarSummary>(`/calendar/summary${qs({ propertyId, year })}`),
    enabled: !!propertyId,
  });
