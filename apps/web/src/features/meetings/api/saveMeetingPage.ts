/** PUT /service-notices/:id/page — the meeting page's agenda and handbook. */
import type { MeetingPageBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';

export type SaveMeetingPageVars = { noticeId: string } & MeetingPageBody;
export const saveMeetingPage = ({ noticeId, ...body }: SaveMeetingPageVars) => api.put(`/service-notices/${noticeId}/page`, body);

export const useSaveMeetingPage = (o: MutationOptions<SaveMeetingPageVars, unknown> = {}) =>
  useApiMutation({ mutationFn: saveMeetingPage, invalidate: [meetingKeys.all], ...o });
