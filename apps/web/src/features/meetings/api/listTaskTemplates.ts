/** GET /task-templates — the property's department task templates. */
import { queryOptions } from '@tanstack/react-query';
import { api, qs } from '../../../lib/api';
import { meetingKeys } from './keys';
import type { TaskTemplate } from './types';

export const taskTemplatesQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: meetingKeys.templates(propertyId),
    queryFn: () => api.get<{ data: TaskTemplate[] }>(`/task-templates${qs({ propertyId })}`),
    enabled: !!propertyId,
  });
