/** The findings' data layer: one key factory (writes and live events refetch every view), reads and writes. */
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { Finding, FindingSummary } from '@hy/contracts';
import { api, qs, type Page } from '../../../../lib/api';

const all = ['inspections', 'findings'] as const;
export const findingKeys = {
  all,
  list: (pid: string | null, f: Record<string, unknown>) => [...all, 'list', pid, f] as const,
  one: (id: string | null) => [...all, 'one', id] as const,
};
export const FINDING_LIVE_TOPICS = ['inspection_finding.'] as const;

export interface FindingFilter {
  state?: string;
  route?: string;
  category?: string;
  roundId?: string;
  from?: string;
  to?: string;
}
export const findingsQuery = (propertyId: string | null, f: FindingFilter) =>
  infiniteQueryOptions({
    queryKey: findingKeys.list(propertyId, f as Record<string, unknown>),
    queryFn: ({ pageParam }) =>
      api.get<Page<FindingSummary>>(`/inspection-findings${qs({ propertyId, ...f, limit: 50, cursor: pageParam })}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: !!propertyId,
  });
export const findingQuery = (id: string | null) =>
  queryOptions({ queryKey: findingKeys.one(id), queryFn: () => api.get<Finding>(`/inspection-findings/${id}`), enabled: !!id });

export const fixFinding = (v: { id: string; note?: string | null; photoIds: string[] }) =>
  api.post<Finding>(`/inspection-findings/${v.id}/fix`, { note: v.note || null, photoIds: v.photoIds });
export const reinspectFinding = (v: { id: string; outcome: 'pass' | 'fail'; note?: string | null; photoIds: string[] }) =>
  api.post<Finding>(`/inspection-findings/${v.id}/reinspect`, { outcome: v.outcome, note: v.note || null, photoIds: v.photoIds });
export const repairFinding = (v: { id: string; content?: string | null; urgent: boolean }) =>
  api.post<Finding>(`/inspection-findings/${v.id}/repair`, { content: v.content || null, urgent: v.urgent });
export const verifyFinding = (v: { id: string; signatureId: string; note?: string | null }) =>
  api.post<Finding>(`/inspection-findings/${v.id}/verify`, { signatureId: v.signatureId, note: v.note || null });
export const closeFinding = (v: { id: string; note?: string | null }) =>
  api.post<Finding>(`/inspection-findings/${v.id}/close`, { note: v.note || null });
