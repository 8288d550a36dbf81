/** POST /lost-items/:id/store — the item is put in safe keeping. */
import type { LostItemStoreBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { LostItem } from './types';

export type StoreLostItemVars = { id: string } & LostItemStoreBody;
export const storeLostItem = ({ id, ...body }: StoreLostItemVars) => api.post<LostItem>(`/lost-items/${id}/store`, body);

export const useStoreLostItem = (o: MutationOptions<StoreLostItemVars, LostItem> = {}) =>
  useApiMutation({ mutationFn: storeLostItem, invalidate: [meetingKeys.all], ...o });
