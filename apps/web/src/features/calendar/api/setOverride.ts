import type { CalendarOverride } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation, type ApiMutationOptions } from '../../../lib/mutation';
import { calendarKeys } from './keys';

export interface OverrideVars {
  date: string;
  kind: 'holiday' | 'workday';
  name: string | null;
}
/** Sets one day as holiday or working day (upsert). */
export const setOverride = (propertyId: string | null, v: OverrideVars) =>
  api.put<CalendarOverride>(`/calendar/overrides/${propertyId}/${v.date}`, { kind: v.kind, name: v.name });

export const useSetOverride = (propertyId: string | null, o: Omit<ApiMutationOptions<OverrideVars, CalendarOverride>, 'mutationFn'>) =>
  useApiMutation({ mutationFn: (v) => setOverride(propertyId, v), invalidate: [calendarKeys.all], ...o });
