/** POST /service-notices/:id/readiness — a department reports itself ready. */
import type { DepartmentBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useNoticeMutation } from './noticeMutation';
import type { MutationOptions } from './options';
import type { Notice } from './types';

export type ReportReadyVars = { noticeId: string } & DepartmentBody;
export const reportReady = ({ noticeId, ...body }: ReportReadyVars) => api.post<Notice>(`/service-notices/${noticeId}/readiness`, body);

export const useReportReady = (o: MutationOptions<ReportReadyVars, Notice> = {}) => useNoticeMutation(reportReady, o);
