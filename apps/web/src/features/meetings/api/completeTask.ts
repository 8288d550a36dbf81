/** POST /tasks/:id/complete — mark a task done with a note and a photo link. */
import type { TaskCompleteBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { MeetingTask } from './types';

export type CompleteTaskVars = { taskId: string } & TaskCompleteBody;
export const completeTask = ({ taskId, ...body }: CompleteTaskVars) => api.post<MeetingTask>(`/tasks/${taskId}/complete`, body);

export const useCompleteTask = (o: MutationOptions<CompleteTaskVars, MeetingTask> = {}) =>
  useApiMutation({ mutationFn: completeTask, invalidate: [meetingKeys.all], ...o });
