/** POST /service-notices/:id/materials/checkout — take warehouse items out for the meeting. */
import type { MaterialCheckoutBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';

export type CheckoutMaterialsVars = { noticeId: string } & MaterialCheckoutBody;
export const checkoutMaterials = ({ noticeId, ...body }: CheckoutMaterialsVars) =>
  api.post(`/service-notices/${noticeId}/materials/checkout`, body);

export const useCheckoutMaterials = (o: MutationOptions<CheckoutMaterialsVars, unknown> = {}) =>
  useApiMutation({ mutationFn: checkoutMaterials, invalidate: [meetingKeys.all], ...o });
