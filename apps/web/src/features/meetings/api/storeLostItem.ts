/** POST /lost-items/:id/store — the item is put in safe keeping. */
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { LostItem } from './types';

export const storeLostItem = ({ id, ...body }: { id: string; storedPlace: string }) => api.post<LostItem>(`/lost-items/${id}/store`, body);

export const useStoreLostItem = (o: MutationOptions<{ id: string; storedPlace: string }, LostItem> = {}) =>
  useApiMutation({ mutationFn: storeLostItem, invalidate: [meetingKeys.all], ...o });
