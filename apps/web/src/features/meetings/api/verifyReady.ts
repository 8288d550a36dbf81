/** POST /service-notices/:id/verify — the meeting lead verifies a department's readiness. */
import type { DepartmentBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useNoticeMutation } from './noticeMutation';
import type { MutationOptions } from './options';
import type { Notice } from './types';

export type VerifyReadyVars = { noticeId: string } & DepartmentBody;
export const verifyReady = ({ noticeId, ...body }: VerifyReadyVars) => api.post<Notice>(`/service-notices/${noticeId}/verify`, body);

export const useVerifyReady = (o: MutationOptions<VerifyReadyVars, Notice> = {}) => useNoticeMutation(verifyReady, o);
