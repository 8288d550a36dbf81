import type { CalendarImportResult } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation, type ApiMutationOptions } from '../../../lib/mutation';
import { calendarKeys } from './keys';

export type ImportDay = { date?: string; kind?: 'holiday' | 'workday'; name?: string | null };
/** Imports a year's schedule: all days or none. */
export const useImportOverrides = (
  propertyId: string | null,
  o: Omit<ApiMutationOptions<ImportDay[], CalendarImportResult>, 'mutationFn'>,
) =>
  useApiMutation({
    mutationFn: (days: ImportDay[]) => api.post<CalendarImportResult>('/calendar/overrides/import', { propertyId, days }),
    invalidate: [calendarKeys.all],
    ...o,
  });
