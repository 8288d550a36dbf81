/** DELETE /tasks/:id/assignments/:userId — take a person off a task. */
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';

export const unassignTask = (v: { taskId: string; userId: string }) => api.del(`/tasks/${v.taskId}/assignments/${v.userId}`);

export const useUnassignTask = (o: MutationOptions<{ taskId: string; userId: string }, unknown> = {}) =>
  useApiMutation({ mutationFn: unassignTask, invalidate: [meetingKeys.all], ...o });
