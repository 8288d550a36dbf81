/** GET /service-notices/:id/print — the printable form and the departments' sheets. */
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { meetingKeys } from './keys';
import type { PrintData } from './types';

export const noticePrintQuery = (id: string | null | undefined) =>
  queryOptions({
    queryKey: meetingKeys.noticePrint(id),
    queryFn: () => api.get<PrintData>(`/service-notices/${id}/print`),
    enabled: !!id,
  });
