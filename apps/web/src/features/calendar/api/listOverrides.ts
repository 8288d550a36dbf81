import { queryOptions } from '@tanstack/react-query';
import type { CalendarOverride } from '@hy/contracts';
import { api, qs } from '../../../lib/api';
import { calendarKeys } from './keys';

export const overridesQuery = (propertyId: string | null, year: number, enabled: boolean) =>
  queryOptions({
    queryKey: calendarKeys.overrides(propertyId, year),
    queryFn: () => api.get<{ data: CalendarOverride[] }>(`/calendar/overrides${qs({ propertyId, year })}`),
    enabled: !!propertyId && enabled,
  });
