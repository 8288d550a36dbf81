/** POST /service-notices/:id/checks/:level — record one level of the three-level check. */
import { api } from '../../../lib/api';
import { useNoticeMutation } from './noticeMutation';
import type { MutationOptions } from './options';
import type { Notice } from './types';

export const recordCheck = ({
  noticeId,
  level,
  ...body
}: {
  noticeId: string;
  level: number;
  result: 'ok' | 'problem';
  finding: string | null;
}) => api.post<Notice>(`/service-notices/${noticeId}/checks/${level}`, body);

export const useRecordCheck = (
  o: MutationOptions<{ noticeId: string; level: number; result: 'ok' | 'problem'; finding: string | null }, Notice> = {},
) => useNoticeMutation(recordCheck, o);
