/** Lending's data layer: items with stock, loans (open, overdue, returned), lend, return, keep items. */
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { LendingItem, Loan, LoanCondition } from '@hy/contracts';
import { api, qs, type Page } from '../../../../lib/api';

const all = ['front-desk', 'lending'] as const;
export const lendingKeys = {
  all,
  items: (pid: string | null, everything: boolean) => [...all, 'items', pid, everything] as const,
  loans: (pid: string | null, f: Record<string, unknown>) => [...all, 'loans', pid, f] as const,
};
export const LENDING_LIVE_TOPICS = ['loan.'] as const;

export const lendingItemsQuery = (propertyId: string | null, everything = false) =>
  queryOptions({
    queryKey: lendingKeys.items(propertyId, everything),
    queryFn: () => api.get<{ data: LendingItem[] }>(`/front-desk/lending-items${qs({ propertyId, all: everything ? 'true' : undefined })}`),
    enabled: !!propertyId,
  });

export type LoanState = 'open' | 'overdue' | 'returned' | 'all';
export const loansQuery = (propertyId: string | null, f: { state: LoanState; q?: string }) =>
  infiniteQueryOptions({
    queryKey: lendingKeys.loans(propertyId, f),
    queryFn: ({ pageParam }) =>
      api.get<Page<Loan>>(`/front-desk/loans${qs({ propertyId, state: f.state, q: f.q || undefined, limit: 50, cursor: pageParam })}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: !!propertyId,
  });

export interface LendInput {
  itemId: string;
  quantity: number;
  borrowerName: string;
  borrowerPhone?: string | null;
  borrowerEntryId?: string | null;
  borrowerCompany?: string | null;
  dueAt?: string;
  note?: string | null;
}
export const lend = (v: { propertyId: string | null; input: LendInput }) =>
  api.post<Loan>('/front-desk/loans', { propertyId: v.propertyId, ...v.input });
export const returnLoan = (v: { id: string; condition: LoanCondition; note?: string | null }) =>
  api.post<Loan>(`/front-desk/loans/${v.id}/return`, { condition: v.condition, note: v.note ?? null });

export interface ItemInput {
  nameZh: string;
  nameEn?: string | null;
  total: number;
  loanHours: number;
  note?: string | null;
  active?: boolean;
}
export const saveItem = (v: { propertyId: string | null; id?: string; input: ItemInput }) =>
  v.id
    ? api.patch<LendingItem>(`/front-desk/lending-items/${v.id}`, v.input)
    : api.post<LendingItem>('/front-desk/lending-items', { propertyId: v.propertyId, ...v.input });

export const registerExportUrl = (propertyId: string | null) => `/api/v1/front-desk/loans/export${qs({ propertyId })}`;
