/** POST /task-templates/load-defaults — add the standard templates the property lacks. */
import type { TaskTemplateDefaultsBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';

export const loadDefaultTemplates = (propertyId: string) =>
  api.post<{ added: number }>('/task-templates/load-defaults', { propertyId } satisfies TaskTemplateDefaultsBody);

export const useLoadDefaultTemplates = (o: MutationOptions<string, { added: number }> = {}) =>
  useApiMutation({ mutationFn: loadDefaultTemplates, invalidate: [meetingKeys.templates()], ...o });
