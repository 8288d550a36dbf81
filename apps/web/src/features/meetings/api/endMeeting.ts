/** POST /service-notices/:id/end — the meeting ends. */
import { api } from '../../../lib/api';
import { useNoticeMutation } from './noticeMutation';
import type { MutationOptions } from './options';
import type { Notice } from './types';

export const endMeeting = (noticeId: string) => api.post<Notice>(`/service-notices/${noticeId}/end`);

export const useEndMeeting = (o: MutationOptions<string, Notice> = {}) => useNoticeMutation(endMeeting, o);
