import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { AuditEventPage } from '@hy/contracts';
import { api, qs } from '../../../lib/api';
import { auditKeys, type AuditFilters } from './keys';

const listAuditEvents = (params: Record<string, unknown>) => api.get<AuditEventPage>(`/audit-events${qs(params)}`);

/** The audit log of a property, newest first, page by page (the audit page). */
export const auditLogQuery = (propertyId: string | null, filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: auditKeys.log(propertyId, filters),
    queryFn: ({ pageParam }) => listAuditEvents({ propertyId, ...filters, limit: 50, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (p) => p.nextCursor ?? undefined,
    enabled: !!propertyId,
  });

/** One record's history: its latest 100 events (the history drawer). */
export const recordHistoryQuery = (entityType: string, entityId: string) =>
  queryOptions({
    queryKey: auditKeys.history(entityType, entityId),
    queryFn: () => listAuditEvents({ entityType, entityId, limit: 100 }),
  });
