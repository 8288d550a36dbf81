/** PUT /staff/:id/profile — a staff member's post, trainings, background check and authorisations. */
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { StaffProfile } from './types';

export const saveStaffProfile = (v: { userId: string; body: Record<string, unknown> }) =>
  api.put<StaffProfile>(`/staff/${v.userId}/profile`, v.body);

export const useSaveStaffProfile = (o: MutationOptions<{ userId: string; body: Record<string, unknown> }, StaffProfile> = {}) =>
  useApiMutation({ mutationFn: saveStaffProfile, invalidate: [meetingKeys.all], ...o });
