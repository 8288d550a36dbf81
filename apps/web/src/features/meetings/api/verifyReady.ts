/** POST /service-notices/:id/verify — the meeting lead verifies a department's readiness. */
import type { Department } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useNoticeMutation } from './noticeMutation';
import type { MutationOptions } from './options';
import type { Notice } from './types';

export const verifyReady = (v: { noticeId: string; department: Department }) =>
  api.post<Notice>(`/service-notices/${v.noticeId}/verify`, { department: v.department });

export const useVerifyReady = (o: MutationOptions<{ noticeId: string; department: Department }, Notice> = {}) =>
  useNoticeMutation(verifyReady, o);
