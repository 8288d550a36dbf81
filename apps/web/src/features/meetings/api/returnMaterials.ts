/** POST /service-notices/:id/materials/return — bring items back, the rest counted lost. */
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';

export const returnMaterials = ({ noticeId, ...body }: { noticeId: string; itemId: string; returned: number; lost: number }) =>
  api.post(`/service-notices/${noticeId}/materials/return`, body);

export const useReturnMaterials = (
  o: MutationOptions<{ noticeId: string; itemId: string; returned: number; lost: number }, unknown> = {},
) => useApiMutation({ mutationFn: returnMaterials, invalidate: [meetingKeys.all], ...o });
