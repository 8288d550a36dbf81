/** POST /staff-shifts — one shift. */
import type { ShiftCreateBody } from '@hy/contracts';
import { api, type WithSessionProperty } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { Shift } from './types';

export type AddShiftVars = WithSessionProperty<ShiftCreateBody>;
export const addShift = (body: AddShiftVars) => api.post<Shift>('/staff-shifts', body);

export const useAddShift = (o: MutationOptions<AddShiftVars, Shift> = {}) =>
  useApiMutation({ mutationFn: addShift, invalidate: [meetingKeys.all], ...o });
