/** PATCH /task-templates/:id — switch a template on or off. */
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { TaskTemplate } from './types';

export const setTaskTemplateActive = (v: { id: string; active: boolean }) =>
  api.patch<TaskTemplate>(`/task-templates/${v.id}`, { active: v.active });

export const useSetTaskTemplateActive = (o: MutationOptions<{ id: string; active: boolean }, TaskTemplate> = {}) =>
  useApiMutation({ mutationFn: setTaskTemplateActive, invalidate: [meetingKeys.templates()], ...o });
