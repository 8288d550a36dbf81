/** POST /service-notices/:id/incidents — report an incident during the meeting. */
import { api } from '../../../lib/api';
import { useNoticeMutation } from './noticeMutation';
import type { MutationOptions } from './options';
import type { Notice } from './types';

export const reportIncident = (v: { noticeId: string; body: Record<string, unknown> }) =>
  api.post<Notice>(`/service-notices/${v.noticeId}/incidents`, v.body);

export const useReportIncident = (o: MutationOptions<{ noticeId: string; body: Record<string, unknown> }, Notice> = {}) =>
  useNoticeMutation(reportIncident, o);
