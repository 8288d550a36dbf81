/** GET /service-notices/:id/fee-statement — the notice's fee statement; null while none is drawn up (204). */
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { meetingKeys } from './keys';
import type { FeeStatement } from './types';

export const noticeStatementQuery = (noticeId: string | undefined, enabled = true) =>
  queryOptions({
    queryKey: meetingKeys.statementOf(noticeId),
    queryFn: async () => (await api.get<FeeStatement | undefined>(`/service-notices/${noticeId}/fee-statement`)) ?? null,
    enabled: !!noticeId && enabled,
  });
