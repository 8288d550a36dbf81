/** POST /service-notices/:id/incidents — report an incident during the meeting. */
import type { IncidentReportBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useNoticeMutation } from './noticeMutation';
import type { MutationOptions } from './options';
import type { Notice } from './types';

export type ReportIncidentVars = { noticeId: string; body: IncidentReportBody };
export const reportIncident = (v: ReportIncidentVars) => api.post<Notice>(`/service-notices/${v.noticeId}/incidents`, v.body);

export const useReportIncident = (o: MutationOptions<ReportIncidentVars, Notice> = {}) => useNoticeMutation(reportIncident, o);
