/** The applications' data layer: key factory, queries, the writes. */
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { ApplicationAction, ApplicationCreate, TenantApplication, TenantApplicationSummary } from '@hy/contracts';
import { api, qs, type Page } from '../../../../lib/api';

const all = ['tenants', 'applications'] as const;
export const applicationKeys = {
  all,
  list: (pid: string | null, f: Record<string, unknown>) => [...all, 'list', pid, f] as const,
  one: (id: string | null) => [...all, 'one', id] as const,
};
export const APPLICATION_LIVE_TOPICS = ['tenant_application.'] as const;

export interface ApplicationFilter {
  kind?: string;
  state?: string;
}
export const applicationsQuery = (propertyId: string | null, f: ApplicationFilter) =>
  infiniteQueryOptions({
    queryKey: applicationKeys.list(propertyId, f as Record<string, unknown>),
    queryFn: ({ pageParam }) =>
      api.get<Page<TenantApplicationSummary>>(`/tenant-applications${qs({ propertyId, ...f, limit: 50, cursor: pageParam })}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: !!propertyId,
  });

export const applicationQuery = (id: string | null) =>
  queryOptions({
    queryKey: applicationKeys.one(id),
    queryFn: () => api.get<TenantApplication>(`/tenant-applications/${id}`),
    enabled: !!id,
  });

export const createApplication = (body: ApplicationCreate) => api.post<TenantApplication>('/tenant-applications', body);
export const actOn = (v: { id: string; action: ApplicationAction; note?: string | null }) =>
  api.post<TenantApplication>(`/tenant-applications/${v.id}/${v.action}`, { note: v.note || null });
export const addViolation = (v: { id: string; onDate: string; text: string }) =>
  api.post<TenantApplication>(`/tenant-applications/${v.id}/violations`, { onDate: v.onDate, text: v.text });
export const addPostponement = (v: { id: string; newEndDate: string; reason: string }) =>
  api.post<TenantApplication>(`/tenant-applications/${v.id}/postponements`, { newEndDate: v.newEndDate, reason: v.reason });
export const saveChecklist = (v: { id: string; items: { item: string; result: 'ok' | 'defect'; note?: string | null }[] }) =>
  api.put<TenantApplication>(`/tenant-applications/${v.id}/checklist`, { items: v.items });
