/** POST /service-notices/:id/attendees/import — the attendee list from an .xlsx (row errors come back as problem fields rows.N.field). */
import { useApiMutation } from '../../../lib/mutation';
import { uploadXlsx } from './files';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';

export const importAttendees = (v: { noticeId: string; file: File; csrfToken: string | null | undefined }) =>
  uploadXlsx<{ imported: number }>(`/service-notices/${v.noticeId}/attendees/import`, v.file, v.csrfToken);

export const useImportAttendees = (o: MutationOptions<Parameters<typeof importAttendees>[0], { imported: number }> = {}) =>
  useApiMutation({ mutationFn: importAttendees, invalidate: [meetingKeys.all], ...o });
