/** POST /service-notices/:id/start — the meeting begins. */
import { api } from '../../../lib/api';
import { useNoticeMutation } from './noticeMutation';
import type { MutationOptions } from './options';
import type { Notice } from './types';

export const startMeeting = (noticeId: string) => api.post<Notice>(`/service-notices/${noticeId}/start`);

export const useStartMeeting = (o: MutationOptions<string, Notice> = {}) => useNoticeMutation(startMeeting, o);
