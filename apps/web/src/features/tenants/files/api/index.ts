/** The tenant files' data layer: key factory, queries, the save. */
import { queryOptions } from '@tanstack/react-query';
import type { TenantApplicationSummary, TenantFile, TenantFileList, TenantFileSave } from '@hy/contracts';
import { api, qs, type Page } from '../../../../lib/api';

const all = ['tenants', 'files'] as const;
export const tenantFileKeys = {
  all,
  list: (pid: string | null, q: string) => [...all, 'list', pid, q] as const,
  one: (id: string | null) => [...all, 'one', id] as const,
  apps: (pid: string | null, id: string | null) => [...all, 'apps', pid, id] as const,
};

export const tenantListQuery = (propertyId: string | null, q = '') =>
  queryOptions({
    queryKey: tenantFileKeys.list(propertyId, q),
    queryFn: () => api.get<TenantFileList>(`/tenant-files${qs({ propertyId, q })}`),
    enabled: !!propertyId,
  });

export const tenantFileQuery = (organizationId: string | null) =>
  queryOptions({
    queryKey: tenantFileKeys.one(organizationId),
    queryFn: () => api.get<TenantFile>(`/tenant-files/${organizationId}`),
    enabled: !!organizationId,
  });

/** The company's applications (newest first), shown in its file. */
export const tenantAppsQuery = (propertyId: string | null, organizationId: string | null) =>
  queryOptions({
    queryKey: tenantFileKeys.apps(propertyId, organizationId),
    queryFn: () => api.get<Page<TenantApplicationSummary>>(`/tenant-applications${qs({ propertyId, organizationId, limit: 50 })}`),
    enabled: !!propertyId && !!organizationId,
  });

export const saveTenantFile = (v: { organizationId: string; body: TenantFileSave }) =>
  api.put<TenantFile>(`/tenant-files/${v.organizationId}`, v.body);

export const occupancyExportUrl = (propertyId: string | null) => `/api/v1/tenant-files/export${qs({ propertyId })}`;
