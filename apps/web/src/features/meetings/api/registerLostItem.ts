/** POST /lost-items — register a found item. */
import type { LostItemBody } from '@hy/contracts';
import { api, type WithSessionProperty } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { LostItem } from './types';

export type RegisterLostItemVars = WithSessionProperty<LostItemBody>;
export const registerLostItem = (body: RegisterLostItemVars) => api.post<LostItem>('/lost-items', body);

export const useRegisterLostItem = (o: MutationOptions<RegisterLostItemVars, LostItem> = {}) =>
  useApiMutation({ mutationFn: registerLostItem, invalidate: [meetingKeys.all], ...o });
