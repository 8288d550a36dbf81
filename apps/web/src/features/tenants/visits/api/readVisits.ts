import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { GreetingOccasions, GreetingPlan, TenantVisit, VisitRegister, VisitState, VisitsByTenant } from '@hy/contracts';
import { api, qs, type Page } from '../../../../lib/api';
import { visitKeys } from './keys';

export interface VisitFilter {
  state?: VisitState;
  organizationId?: string;
}
export const visitsQuery = (propertyId: string | null, f: VisitFilter, limit = 30) =>
  infiniteQueryOptions({
    queryKey: visitKeys.list(propertyId, { ...f, limit }),
    queryFn: ({ pageParam }) => api.get<Page<TenantVisit>>(`/tenant-visits${qs({ propertyId, ...f, limit, cursor: pageParam })}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: !!propertyId,
  });

export const visitQuery = (id: string | null) =>
  queryOptions({ queryKey: visitKeys.one(id), queryFn: () => api.get<TenantVisit>(`/tenant-visits/${id}`), enabled: !!id });

export const visitsByTenantQuery = (propertyId: string | null, year: number) =>
  queryOptions({
    queryKey: visitKeys.byTenant(propertyId, year),
    queryFn: () => api.get<VisitsByTenant>(`/tenant-visits/by-tenant${qs({ propertyId, year })}`),
    enabled: !!propertyId,
  });

export const visitStaffQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: visitKeys.staff(propertyId),
    queryFn: () => api.get<{ data: { id: string; name: string }[] }>(`/tenant-visits/staff${qs({ propertyId })}`),
    enabled: !!propertyId,
  });

export const visitRegisterQuery = (propertyId: string | null, from: string, to: string) =>
  queryOptions({
    queryKey: visitKeys.register(propertyId, from, to),
    queryFn: () => api.get<VisitRegister>(`/tenant-visits/register${qs({ propertyId, from, to })}`),
    enabled: !!propertyId,
  });
export const visitRegisterExportUrl = (propertyId: string | null, from: string, to: string) =>
  `/api/v1/tenant-visits/register/export${qs({ propertyId, from, to })}`;

export const occasionsQuery = (propertyId: string | null, year: number) =>
  queryOptions({
    queryKey: visitKeys.occasions(propertyId, year),
    queryFn: () => api.get<GreetingOccasions>(`/tenant-greetings/occasions${qs({ propertyId, year })}`),
    enabled: !!propertyId,
  });

export const greetingPlanQuery = (id: string | null) =>
  queryOptions({ queryKey: visitKeys.plan(id), queryFn: () => api.get<GreetingPlan>(`/tenant-greetings/${id}`), enabled: !!id });
