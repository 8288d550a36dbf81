/** POST /meeting-purchases/:id/complete — the purchase was made (actual total, invoice) or cancelled. */
import type { PurchaseCompleteBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { Purchase } from './types';

export type CompletePurchaseVars = { id: string; body: PurchaseCompleteBody };
export const completePurchase = (v: CompletePurchaseVars) => api.post<Purchase>(`/meeting-purchases/${v.id}/complete`, v.body);

export const useCompletePurchase = (o: MutationOptions<CompletePurchaseVars, Purchase> = {}) =>
  useApiMutation({ mutationFn: completePurchase, invalidate: [meetingKeys.all], ...o });
