/** The hygiene inspections' queries (key factory shared for invalidation) and the one write. */
import { queryOptions } from '@tanstack/react-query';
import type { HygieneCreate, HygieneDue, HygieneInspection } from '@hy/contracts';
import { api, qs, type Page } from '../../../../lib/api';

const all = ['quality', 'hygiene'] as const;
export const hygieneKeys = {
  all,
  due: (pid: string | null) => [...all, 'due', pid] as const,
  list: (pid: string | null, month: string) => [...all, 'list', pid, month] as const,
  one: (id: string | null) => [...all, 'one', id] as const,
};

export const hygieneDueQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: hygieneKeys.due(propertyId),
    queryFn: () => api.get<HygieneDue>(`/quality/hygiene-inspections/due${qs({ propertyId })}`),
    enabled: !!propertyId,
  });

export const hygieneListQuery = (propertyId: string | null, month: string) =>
  queryOptions({
    queryKey: hygieneKeys.list(propertyId, month),
    queryFn: () => api.get<Page<HygieneInspection>>(`/quality/hygiene-inspections${qs({ propertyId, month, limit: 200 })}`),
    enabled: !!propertyId,
  });

export const hygieneExportUrl = (propertyId: string | null, month: string) =>
  `/api/v1/quality/hygiene-inspections/export${qs({ propertyId, month })}`;

export const recordHygiene = (v: Omit<HygieneCreate, 'propertyId'> & { propertyId: string | null }) =>
  api.post<HygieneInspection>('/quality/hygiene-inspections', v);
