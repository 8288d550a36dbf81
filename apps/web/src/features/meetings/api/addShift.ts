/** POST /staff-shifts — one shift. */
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { Shift } from './types';

export const addShift = (body: { propertyId: string | null; userId: string; startsAt: string; endsAt: string; note: string | null }) =>
  api.post<Shift>('/staff-shifts', body);

export const useAddShift = (
  o: MutationOptions<{ propertyId: string | null; userId: string; startsAt: string; endsAt: string; note: string | null }, Shift> = {},
) => useApiMutation({ mutationFn: addShift, invalidate: [meetingKeys.all], ...o });
