/** POST /lost-items/:id/return — handed back against the owner's signature. */
import type { LostItemReturnBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { LostItem } from './types';

export type ReturnLostItemVars = { id: string } & LostItemReturnBody;
export const returnLostItem = ({ id, ...body }: ReturnLostItemVars) => api.post<LostItem>(`/lost-items/${id}/return`, body);

export const useReturnLostItem = (o: MutationOptions<ReturnLostItemVars, LostItem> = {}) =>
  useApiMutation({ mutationFn: returnLostItem, invalidate: [meetingKeys.all], ...o });
