/** POST /service-notices — issue the notice of a confirmed booking. */
import type { NoticeCreateBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { Notice } from './types';

export type IssueNoticeVars = NoticeCreateBody;
export const issueNotice = (v: IssueNoticeVars) => api.post<Notice>('/service-notices', v);

export const useIssueNotice = (o: MutationOptions<IssueNoticeVars, Notice> = {}) =>
  useApiMutation({ mutationFn: issueNotice, invalidate: [meetingKeys.all], ...o });
