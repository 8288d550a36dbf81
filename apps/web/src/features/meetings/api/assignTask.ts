/** POST /tasks/:id/assignments — put a person on a task; the answer lists warnings (never blocking). */
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';

export const assignTask = ({ taskId, userId }: { taskId: string; userId: string }) =>
  api.post<{ warnings: string[]; conflicts: string[] }>(`/tasks/${taskId}/assignments`, { userId });

export const useAssignTask = (o: MutationOptions<{ taskId: string; userId: string }, { warnings: string[]; conflicts: string[] }> = {}) =>
  useApiMutation({ mutationFn: assignTask, invalidate: [meetingKeys.all], ...o });
