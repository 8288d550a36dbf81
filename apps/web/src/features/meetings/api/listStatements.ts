/** GET /fee-statements — the property's statements the user may read (the organizer: their own). */
import { queryOptions } from '@tanstack/react-query';
import { api, qs } from '../../../lib/api';
import { meetingKeys } from './keys';
import type { FeeStatementRow } from './types';

export const statementsQuery = (propertyId: string | null, unpaid: boolean) =>
  queryOptions({
    queryKey: meetingKeys.statements(propertyId, unpaid),
    queryFn: () => api.get<{ data: FeeStatementRow[] }>(`/fee-statements${qs({ propertyId, unpaid: unpaid ? 'true' : undefined })}`),
    enabled: !!propertyId,
  });
