/** POST /service-notices/:id/checks/:level — record one level of the three-level check. */
import type { NoticeCheckBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useNoticeMutation } from './noticeMutation';
import type { MutationOptions } from './options';
import type { Notice } from './types';

export type RecordCheckVars = { noticeId: string; level: number } & NoticeCheckBody;
export const recordCheck = ({ noticeId, level, ...body }: RecordCheckVars) =>
  api.post<Notice>(`/service-notices/${noticeId}/checks/${level}`, body);

export const useRecordCheck = (o: MutationOptions<RecordCheckVars, Notice> = {}) => useNoticeMutation(recordCheck, o);
