/** POST /service-notices/:id/handovers — log a hand-over of recordings or documents. */
import type { HandoverBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { Handover } from './types';

export type AddHandoverVars = { noticeId: string; body: HandoverBody };
export const addHandover = (v: AddHandoverVars) => api.post<Handover>(`/service-notices/${v.noticeId}/handovers`, v.body);

export const useAddHandover = (o: MutationOptions<AddHandoverVars, Handover> = {}) =>
  useApiMutation({ mutationFn: addHandover, invalidate: [meetingKeys.all], ...o });
