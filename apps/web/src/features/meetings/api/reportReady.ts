/** POST /service-notices/:id/readiness — a department reports itself ready. */
import type { Department } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useNoticeMutation } from './noticeMutation';
import type { MutationOptions } from './options';
import type { Notice } from './types';

export const reportReady = (v: { noticeId: string; department: Department }) =>
  api.post<Notice>(`/service-notices/${v.noticeId}/readiness`, { department: v.department });

export const useReportReady = (o: MutationOptions<{ noticeId: string; department: Department }, Notice> = {}) =>
  useNoticeMutation(reportReady, o);
