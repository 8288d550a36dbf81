/** POST /service-notices/:id/materials/checkout — take warehouse items out for the meeting. */
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';

export const checkoutMaterials = ({ noticeId, ...body }: { noticeId: string; itemId: string; qty: number }) =>
  api.post(`/service-notices/${noticeId}/materials/checkout`, body);

export const useCheckoutMaterials = (o: MutationOptions<{ noticeId: string; itemId: string; qty: number }, unknown> = {}) =>
  useApiMutation({ mutationFn: checkoutMaterials, invalidate: [meetingKeys.all], ...o });
