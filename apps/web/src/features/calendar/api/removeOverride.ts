import { api } from '../../../lib/api';
import { useApiMutation, type ApiMutationOptions } from '../../../lib/mutation';
import { calendarKeys } from './keys';

/** Removes an override: the built-in or weekday rule applies again. */
export const useRemoveOverride = (propertyId: string | null, o: Omit<ApiMutationOptions<string, unknown>, 'mutationFn'>) =>
  useApiMutation({
    mutationFn: (date: string) => api.del(`/calendar/overrides/${propertyId}/${date}`),
    invalidate: [calendarKeys.all],
    ...o,
  });
