/** POST /staff-rosters/generate — shifts for people over a period from their rota. */
import type { RosterGenerateBody } from '@hy/contracts';
import { api, type WithSessionProperty } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';

export type GenerateRosterVars = WithSessionProperty<RosterGenerateBody>;
export const generateRoster = (body: GenerateRosterVars) => api.post<{ created: number; skipped: number }>('/staff-rosters/generate', body);

export const useGenerateRoster = (o: MutationOptions<GenerateRosterVars, { created: number; skipped: number }> = {}) =>
  useApiMutation({ mutationFn: generateRoster, invalidate: [meetingKeys.all], ...o });
