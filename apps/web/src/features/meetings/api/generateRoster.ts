/** POST /staff-rosters/generate — shifts for people over a period from their rota. */
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';

export const generateRoster = (body: { propertyId: string | null; userIds: string[]; from: string; to: string }) =>
  api.post<{ created: number; skipped: number }>('/staff-rosters/generate', body);

export const useGenerateRoster = (
  o: MutationOptions<{ propertyId: string | null; userIds: string[]; from: string; to: string }, { created: number; skipped: number }> = {},
) => useApiMutation({ mutationFn: generateRoster, invalidate: [meetingKeys.all], ...o });
