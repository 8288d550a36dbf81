/** POST /tasks/:id/assignments — put a person on a task; the answer lists warnings (never blocking). */
import type { TaskAssignBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';

export type AssignTaskVars = { taskId: string } & TaskAssignBody;
export const assignTask = ({ taskId, ...body }: AssignTaskVars) =>
  api.post<{ warnings: string[]; conflicts: string[] }>(`/tasks/${taskId}/assignments`, body);

export const useAssignTask = (o: MutationOptions<AssignTaskVars, { warnings: string[]; conflicts: string[] }> = {}) =>
  useApiMutation({ mutationFn: assignTask, invalidate: [meetingKeys.all], ...o });
