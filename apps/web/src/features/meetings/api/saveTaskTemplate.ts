/** POST /task-templates (new) or PATCH /task-templates/:id — save a department task template. */
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { TaskTemplate } from './types';

export const saveTaskTemplate = (v: { id: string | null; body: Record<string, unknown> }) =>
  v.id ? api.patch<TaskTemplate>(`/task-templates/${v.id}`, v.body) : api.post<TaskTemplate>('/task-templates', v.body);

export const useSaveTaskTemplate = (o: MutationOptions<{ id: string | null; body: Record<string, unknown> }, TaskTemplate> = {}) =>
  useApiMutation({ mutationFn: saveTaskTemplate, invalidate: [meetingKeys.templates()], ...o });
