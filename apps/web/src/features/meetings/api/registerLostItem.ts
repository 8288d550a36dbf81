/** POST /lost-items — register a found item. */
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { LostItem } from './types';

export const registerLostItem = (body: Record<string, unknown>) => api.post<LostItem>('/lost-items', body);

export const useRegisterLostItem = (o: MutationOptions<Record<string, unknown>, LostItem> = {}) =>
  useApiMutation({ mutationFn: registerLostItem, invalidate: [meetingKeys.all], ...o });
