/** GET /audit-events of a notice — its versions (issued, reissued, on hold, cancelled) with what changed. */
import { queryOptions } from '@tanstack/react-query';
import { api, qs } from '../../../lib/api';
import type { AuditEvent } from '../../../components/HistoryDrawer';
import { meetingKeys } from './keys';

export const noticeVersionsQuery = (noticeId: string) =>
  queryOptions({
    queryKey: meetingKeys.noticeVersions(noticeId),
    queryFn: () => api.get<{ data: AuditEvent[] }>(`/audit-events${qs({ entityType: 'service_notice', entityId: noticeId, limit: 100 })}`),
  });
