/** PUT /service-notices/:id/after-check — the cleanup checklist and equipment count after the meeting. */
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';

export const saveAfterCheck = (v: { noticeId: string; body: Record<string, unknown> }) =>
  api.put(`/service-notices/${v.noticeId}/after-check`, v.body);

export const useSaveAfterCheck = (o: MutationOptions<{ noticeId: string; body: Record<string, unknown> }, unknown> = {}) =>
  useApiMutation({ mutationFn: saveAfterCheck, invalidate: [meetingKeys.all], ...o });
