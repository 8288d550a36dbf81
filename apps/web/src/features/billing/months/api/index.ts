/** The month's fee tables: read by month, draw, redraw, line edits, signatures, the .xlsx export. */
import { queryOptions } from '@tanstack/react-query';
import type { BillingMonth } from '@hy/contracts';
import { api, qs } from '../../../../lib/api';

const all = ['billing', 'months'] as const;
export const monthKeys = {
  all,
  list: (pid: string | null) => [...all, 'list', pid] as const,
  byMonth: (pid: string | null, month: string) => [...all, 'by-month', pid, month] as const,
  one: (id: string | null) => [...all, 'one', id] as const,
};
export const monthsQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: monthKeys.list(propertyId),
    queryFn: () =>
      api.get<{ data: { id: string; month: string; state: BillingMonth['state']; version: number; totalFen: number }[]; canDraw: boolean }>(
        `/billing/months${qs({ propertyId })}`,
      ),
    enabled: !!propertyId,
  });
export const monthByMonthQuery = (propertyId: string | null, month: string) =>
  queryOptions({
    queryKey: monthKeys.byMonth(propertyId, month),
    queryFn: () => api.get<BillingMonth>(`/billing/months/by-month${qs({ propertyId, month })}`),
    enabled: !!propertyId,
    retry: false,
  });
export const monthQuery = (id: string | null) =>
  queryOptions({ queryKey: monthKeys.one(id), queryFn: () => api.get<BillingMonth>(`/billing/months/${id}`), enabled: !!id });

export const drawMonth = (v: { propertyId: string | null; month: string }) => api.post<BillingMonth>('/billing/months', v);
export const redrawMonth = (v: { id: string; reason: string }) =>
  api.post<BillingMonth>(`/billing/months/${v.id}/redraw`, { reason: v.reason });
export const editLine = (v: { id: string; lineId: string; amountFen: number; reason: string }) =>
  api.patch<BillingMonth>(`/billing/months/${v.id}/lines/${v.lineId}`, { amountFen: v.amountFen, reason: v.reason });
export const signMonth = (v: { id: string; signatureFileId: string }) =>
  api.post<BillingMonth>(`/billing/months/${v.id}/sign`, { signatureFileId: v.signatureFileId });
export const exportUrl = (id: string) => `/billing/months/${id}/export`;
