/** POST /task-templates (new) or PATCH /task-templates/:id — save a department task template. */
import type { TaskTemplateCreateBody, TaskTemplatePatchBody } from '@hy/contracts';
import { api, type WithSessionProperty } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { TaskTemplate } from './types';

export type SaveTaskTemplateVars =
  { id: null; body: WithSessionProperty<TaskTemplateCreateBody> } | { id: string; body: TaskTemplatePatchBody };
export const saveTaskTemplate = (v: SaveTaskTemplateVars) =>
  v.id ? api.patch<TaskTemplate>(`/task-templates/${v.id}`, v.body) : api.post<TaskTemplate>('/task-templates', v.body);

export const useSaveTaskTemplate = (o: MutationOptions<SaveTaskTemplateVars, TaskTemplate> = {}) =>
  useApiMutation({ mutationFn: saveTaskTemplate, invalidate: [meetingKeys.templates()], ...o });
