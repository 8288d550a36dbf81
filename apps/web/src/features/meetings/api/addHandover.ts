/** POST /service-notices/:id/handovers — log a hand-over of recordings or documents. */
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { Handover } from './types';

export const addHandover = (v: { noticeId: string; body: Record<string, unknown> }) =>
  api.post<Handover>(`/service-notices/${v.noticeId}/handovers`, v.body);

export const useAddHandover = (o: MutationOptions<{ noticeId: string; body: Record<string, unknown> }, Handover> = {}) =>
  useApiMutation({ mutationFn: addHandover, invalidate: [meetingKeys.all], ...o });
