/** GET /fee-statements/:id — one fee statement. */
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { meetingKeys } from './keys';
import type { FeeStatement } from './types';

export const statementQuery = (id: string | undefined) =>
  queryOptions({
    queryKey: meetingKeys.statement(id),
    queryFn: () => api.get<FeeStatement>(`/fee-statements/${id}`),
    enabled: !!id,
  });
