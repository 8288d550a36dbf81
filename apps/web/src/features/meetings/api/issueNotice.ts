/** POST /service-notices — issue the notice of a confirmed booking. */
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { Notice } from './types';

export const issueNotice = (v: { bookingId: string }) => api.post<Notice>('/service-notices', v);

export const useIssueNotice = (o: MutationOptions<{ bookingId: string }, Notice> = {}) =>
  useApiMutation({ mutationFn: issueNotice, invalidate: [meetingKeys.all], ...o });
