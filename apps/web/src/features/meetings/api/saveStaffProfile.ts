/** PUT /staff/:id/profile — a staff member's post, trainings, background check and authorisations. */
import type { StaffProfileBody } from '@hy/contracts';
import { api, type WithSessionProperty } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { StaffProfile } from './types';

export type SaveStaffProfileVars = { userId: string; body: WithSessionProperty<StaffProfileBody> };
export const saveStaffProfile = (v: SaveStaffProfileVars) => api.put<StaffProfile>(`/staff/${v.userId}/profile`, v.body);

export const useSaveStaffProfile = (o: MutationOptions<SaveStaffProfileVars, StaffProfile> = {}) =>
  useApiMutation({ mutationFn: saveStaffProfile, invalidate: [meetingKeys.all], ...o });
