/** PATCH /task-templates/:id — switch a template on or off. */
import type { TaskTemplatePatchBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { TaskTemplate } from './types';

export type SetTaskTemplateActiveVars = { id: string } & Required<Pick<TaskTemplatePatchBody, 'active'>>;
export const setTaskTemplateActive = ({ id, ...body }: SetTaskTemplateActiveVars) => api.patch<TaskTemplate>(`/task-templates/${id}`, body);

export const useSetTaskTemplateActive = (o: MutationOptions<SetTaskTemplateActiveVars, TaskTemplate> = {}) =>
  useApiMutation({ mutationFn: setTaskTemplateActive, invalidate: [meetingKeys.templates()], ...o });
