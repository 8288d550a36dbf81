import { queryOptions } from '@tanstack/react-query';
import type { Inspector, Plan, PlanSummary, QrSheet } from '@hy/contracts';
import { api, qs } from '../../../../lib/api';
import { plansKeys } from './keys';

export const plansQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: plansKeys.list(propertyId),
    queryFn: () => api.get<{ data: PlanSummary[]; policies: { manage: boolean } }>(`/inspection-plans${qs({ propertyId, active: 'all' })}`),
    enabled: !!propertyId,
  });
export const planQuery = (id: string | null) =>
  queryOptions({ queryKey: plansKeys.one(id), queryFn: () => api.get<Plan>(`/inspection-plans/${id}`), enabled: !!id });
export const qrSheetQuery = (id: string | null) =>
  queryOptions({ queryKey: plansKeys.qr(id), queryFn: () => api.get<QrSheet>(`/inspection-plans/${id}/qr-sheet`), enabled: !!id });
export const inspectorsQuery = (propertyId: string | null, enabled: boolean) =>
  queryOptions({
    queryKey: plansKeys.inspectors(propertyId),
    queryFn: () => api.get<{ data: Inspector[] }>(`/inspection-plans/inspectors${qs({ propertyId })}`),
    enabled: !!propertyId && enabled,
  });
export const plansExportUrl = (propertyId: string | null) => `/api/v1/inspection-plans/export${qs({ propertyId, active: 'true' })}`;
export const checklistUrl = (id: string) => `/api/v1/inspection-plans/${id}/checklist.xlsx`;
