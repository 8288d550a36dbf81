/** POST /service-notices/:id/materials/return — bring items back, the rest counted lost. */
import type { MaterialReturnBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';

export type ReturnMaterialsVars = { noticeId: string } & MaterialReturnBody;
export const returnMaterials = ({ noticeId, ...body }: ReturnMaterialsVars) =>
  api.post(`/service-notices/${noticeId}/materials/return`, body);

export const useReturnMaterials = (o: MutationOptions<ReturnMaterialsVars, unknown> = {}) =>
  useApiMutation({ mutationFn: returnMaterials, invalidate: [meetingKeys.all], ...o });
