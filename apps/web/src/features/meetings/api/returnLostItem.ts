/** POST /lost-items/:id/return — handed back against the owner's signature. */
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { LostItem } from './types';

export const returnLostItem = ({ id, ...body }: { id: string; handedTo: string; ownerSignature: string; returnedAt: string | null }) =>
  api.post<LostItem>(`/lost-items/${id}/return`, body);

export const useReturnLostItem = (
  o: MutationOptions<{ id: string; handedTo: string; ownerSignature: string; returnedAt: string | null }, LostItem> = {},
) => useApiMutation({ mutationFn: returnLostItem, invalidate: [meetingKeys.all], ...o });
