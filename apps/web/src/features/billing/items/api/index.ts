/** Fee items and the units' billing area: reads and writes. */
import { queryOptions } from '@tanstack/react-query';
import type { BillingUnit, FeeItem, FeeItemInput, FeeItemUpdate } from '@hy/contracts';
import { api, qs } from '../../../../lib/api';

const all = ['billing', 'items'] as const;
export const itemKeys = {
  all,
  items: (pid: string | null) => [...all, 'items', pid] as const,
  units: (pid: string | null) => [...all, 'units', pid] as const,
};
export const itemsQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: itemKeys.items(propertyId),
    queryFn: () => api.get<{ data: FeeItem[] }>(`/billing/items${qs({ propertyId })}`),
    enabled: !!propertyId,
  });
export const unitsQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: itemKeys.units(propertyId),
    queryFn: () => api.get<{ data: BillingUnit[] }>(`/billing/units${qs({ propertyId })}`),
    enabled: !!propertyId,
  });
export const createItem = (v: FeeItemInput) => api.post<FeeItem>('/billing/items', v);
export const updateItem = (v: { id: string; input: FeeItemUpdate }) => api.patch<FeeItem>(`/billing/items/${v.id}`, v.input);
export const setUnitArea = (v: { id: string; billingAreaSqm: number }) =>
  api.put<BillingUnit>(`/billing/units/${v.id}/area`, { billingAreaSqm: v.billingAreaSqm });
