/** PUT /service-notices/:id/page — the meeting page's agenda and handbook. */
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';

export const saveMeetingPage = ({ noticeId, ...body }: { noticeId: string; agenda: string | null; handbook: string | null }) =>
  api.put(`/service-notices/${noticeId}/page`, body);

export const useSaveMeetingPage = (
  o: MutationOptions<{ noticeId: string; agenda: string | null; handbook: string | null }, unknown> = {},
) => useApiMutation({ mutationFn: saveMeetingPage, invalidate: [meetingKeys.all], ...o });
