/** POST /tasks/:id/complete — mark a task done with a note and a photo link. */
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { MeetingTask } from './types';

export const completeTask = ({ taskId, ...body }: { taskId: string; note: string | null; photoUrl: string | null }) =>
  api.post<MeetingTask>(`/tasks/${taskId}/complete`, body);

export const useCompleteTask = (o: MutationOptions<{ taskId: string; note: string | null; photoUrl: string | null }, MeetingTask> = {}) =>
  useApiMutation({ mutationFn: completeTask, invalidate: [meetingKeys.all], ...o });
