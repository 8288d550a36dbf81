/** PUT /service-notices/:id/after-check — the cleanup checklist and equipment count after the meeting. */
import type { AfterCheckBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';

export type SaveAfterCheckVars = { noticeId: string; body: AfterCheckBody };
export const saveAfterCheck = (v: SaveAfterCheckVars) => api.put(`/service-notices/${v.noticeId}/after-check`, v.body);

export const useSaveAfterCheck = (o: MutationOptions<SaveAfterCheckVars, unknown> = {}) =>
  useApiMutation({ mutationFn: saveAfterCheck, invalidate: [meetingKeys.all], ...o });
