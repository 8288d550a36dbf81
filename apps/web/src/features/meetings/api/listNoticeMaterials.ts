/** GET /service-notices/:id/materials — the warehouse items out for the meeting. */
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { meetingKeys } from './keys';
import type { MaterialRow } from './types';

export const noticeMaterialsQuery = (noticeId: string) =>
  queryOptions({
    queryKey: meetingKeys.noticeMaterials(noticeId),
    queryFn: () => api.get<{ data: MaterialRow[] }>(`/service-notices/${noticeId}/materials`),
  });
