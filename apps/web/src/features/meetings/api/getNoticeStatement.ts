/** GET /service-notices/:id/fee-statement — the notice's fee statement; null while none is drawn up (404). */
import { queryOptions } from '@tanstack/react-query';
import { api, ApiError } from '../../../lib/api';
import { meetingKeys } from './keys';
import type { FeeStatement } from './types';

export const noticeStatementQuery = (noticeId: string | undefined, enabled = true) =>
  queryOptions({
    queryKey: meetingKeys.statementOf(noticeId),
    queryFn: async () => {
      try {
        return await api.get<FeeStatement>(`/service-notices/${noticeId}/fee-statement`);
      } catch (err) {
        if (err instanceof ApiError && err.status === 404) return null;
        throw err;
      }
    },
    enabled: !!noticeId && enabled,
  });
