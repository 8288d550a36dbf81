/** POST /meeting-purchases/:id/complete — the purchase was made (actual total, invoice) or cancelled. */
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { Purchase } from './types';

export const completePurchase = (v: { id: string; body: Record<string, unknown> }) =>
  api.post<Purchase>(`/meeting-purchases/${v.id}/complete`, v.body);

export const useCompletePurchase = (o: MutationOptions<{ id: string; body: Record<string, unknown> }, Purchase> = {}) =>
  useApiMutation({ mutationFn: completePurchase, invalidate: [meetingKeys.all], ...o });
