/** POST /service-notices/:id/purchases — ask for a proxy purchase. */
import type { PurchaseRequestBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { Purchase } from './types';

export type RequestPurchaseVars = { noticeId: string; body: PurchaseRequestBody };
export const requestPurchase = (v: RequestPurchaseVars) => api.post<Purchase>(`/service-notices/${v.noticeId}/purchases`, v.body);

export const useRequestPurchase = (o: MutationOptions<RequestPurchaseVars, Purchase> = {}) =>
  useApiMutation({ mutationFn: requestPurchase, invalidate: [meetingKeys.all], ...o });
