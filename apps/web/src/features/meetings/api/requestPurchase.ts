/** POST /service-notices/:id/purchases — ask for a proxy purchase. */
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { Purchase } from './types';

export const requestPurchase = (v: { noticeId: string; body: Record<string, unknown> }) =>
  api.post<Purchase>(`/service-notices/${v.noticeId}/purchases`, v.body);

export const useRequestPurchase = (o: MutationOptions<{ noticeId: string; body: Record<string, unknown> }, Purchase> = {}) =>
  useApiMutation({ mutationFn: requestPurchase, invalidate: [meetingKeys.all], ...o });
