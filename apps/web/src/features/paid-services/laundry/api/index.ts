/** The laundry data layer, and what laundry and meals share: suppliers, evaluations, month statements. */
import { queryOptions } from '@tanstack/react-query';
import type {
  LaundryLine,
  LaundryPriceList,
  LaundryRequest,
  LaundryState,
  MonthStatement,
  Supplier,
  SupplierEvaluation,
  SupplierEvaluationList,
} from '@hy/contracts';
import { api, qs } from '../../../../lib/api';

const all = ['paid-services', 'laundry'] as const;
export const laundryKeys = {
  all,
  prices: (pid: string | null) => [...all, 'prices', pid] as const,
  list: (pid: string | null, f: Record<string, unknown>) => [...all, 'list', pid, f] as const,
  suppliers: (pid: string | null) => [...all, 'suppliers', pid] as const,
  evaluations: (pid: string | null, kind: string) => [...all, 'evaluations', pid, kind] as const,
  statement: (pid: string | null, kind: string, month: string) => [...all, 'statement', pid, kind, month] as const,
};

export const laundryPricesQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: laundryKeys.prices(propertyId),
    queryFn: () => api.get<LaundryPriceList>(`/laundry/prices${qs({ propertyId })}`),
    enabled: !!propertyId,
  });
export const laundryRequestsQuery = (propertyId: string | null, f: { state?: LaundryState; month?: string } = {}) =>
  queryOptions({
    queryKey: laundryKeys.list(propertyId, f),
    queryFn: () => api.get<{ data: LaundryRequest[]; collectMinutes: number }>(`/laundry/requests${qs({ propertyId, ...f })}`),
    enabled: !!propertyId,
    refetchInterval: 30_000,
  });
export const suppliersQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: laundryKeys.suppliers(propertyId),
    queryFn: () => api.get<{ data: Supplier[] }>(`/paid-services/suppliers${qs({ propertyId })}`),
    enabled: !!propertyId,
  });
export const evaluationsQuery = (propertyId: string | null, kind: 'laundry' | 'meals') =>
  queryOptions({
    queryKey: laundryKeys.evaluations(propertyId, kind),
    queryFn: () => api.get<SupplierEvaluationList>(`/paid-services/evaluations${qs({ propertyId, kind })}`),
    enabled: !!propertyId,
  });
export const statementQuery = (propertyId: string | null, kind: 'laundry' | 'meals', month: string) =>
  queryOptions({
    queryKey: laundryKeys.statement(propertyId, kind, month),
    queryFn: () => api.get<MonthStatement>(`/paid-services/${kind}/statement${qs({ propertyId, month })}`),
    enabled: !!propertyId,
  });
export const statementExportUrl = (propertyId: string | null, kind: string, month: string) =>
  `/api/v1/paid-services/${kind}/statement/export${qs({ propertyId, month })}`;

export interface NewLaundryRequest {
  propertyId: string;
  organizationId?: string;
  contactName: string;
  contactPhone?: string | null;
  estimate?: string | null;
}
export const createLaundryRequest = (b: NewLaundryRequest) => api.post<LaundryRequest>('/laundry/requests', b);
export const laundryStep = (id: string, step: 'call' | 'collect') => api.post<LaundryRequest>(`/laundry/requests/${id}/${step}`);
export const returnLaundry = (id: string, lines: LaundryLine[]) => api.post<LaundryRequest>(`/laundry/requests/${id}/return`, { lines });
export const rewashLaundry = (id: string, note: string) => api.post<LaundryRequest>(`/laundry/requests/${id}/rewash`, { note });
export const signLaundry = (id: string, signerName: string, signatureId: string) =>
  api.post<LaundryRequest>(`/laundry/requests/${id}/sign`, { signerName, signatureId });
export const writeEvaluation = (b: {
  propertyId: string;
  supplierId: string;
  kind: 'monthly' | 'weekly' | 'yearly';
  period: string;
  opinions: string;
  improvements?: string | null;
  renew?: boolean | null;
}) => api.post<SupplierEvaluation>('/paid-services/evaluations', b);
export const decideEvaluation = (id: string, renew: boolean, decision: string) =>
  api.post<SupplierEvaluation>(`/paid-services/evaluations/${id}/decide`, { renew, decision });

export interface PriceRow {
  item: string;
  washFen?: number | null;
  dryCleanFen?: number | null;
  ironFen?: number | null;
}
export const putLaundryPrices = (b: { propertyId: string; supplierId: string; items: PriceRow[] }) =>
  api.put<LaundryPriceList>('/laundry/prices', b);
export interface SupplierBody {
  name: string;
  contactName: string | null;
  phone: string | null;
  contractFrom: string | null;
  contractTo: string | null;
}
export const createSupplier = (b: SupplierBody & { propertyId: string; kind: 'laundry' | 'meals' }) =>
  api.post<Supplier>('/paid-services/suppliers', b);
export const updateSupplier = (id: string, b: Partial<SupplierBody> & { active?: boolean }) =>
  api.patch<Supplier>(`/paid-services/suppliers/${id}`, b);
