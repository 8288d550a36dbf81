/** The archive's data layer: key factory, queries, the writes. */
import { queryOptions } from '@tanstack/react-query';
import type { ArchiveEntry, ArchiveEntryCreate, ArchiveLoan } from '@hy/contracts';
import { api, qs } from '../../../../lib/api';

const all = ['tenants', 'archive'] as const;
export const archiveKeys = {
  all,
  register: (pid: string | null, month: string | null) => [...all, 'register', pid, month] as const,
  loans: (pid: string | null, overdue: boolean) => [...all, 'loans', pid, overdue] as const,
};

export const registerQuery = (propertyId: string | null, month: string | null) =>
  queryOptions({
    queryKey: archiveKeys.register(propertyId, month),
    queryFn: () =>
      api.get<{ data: ArchiveEntry[]; retention: { binderYears: number; loanDays: number } }>(
        `/tenant-archive${qs({ propertyId, month })}`,
      ),
    enabled: !!propertyId,
  });
export const loansQuery = (propertyId: string | null, overdue: boolean) =>
  queryOptions({
    queryKey: archiveKeys.loans(propertyId, overdue),
    queryFn: () => api.get<{ data: ArchiveLoan[] }>(`/tenant-archive-loans${qs({ propertyId, overdue: overdue ? 'true' : undefined })}`),
    enabled: !!propertyId,
  });

export const fileEntry = (body: ArchiveEntryCreate) => api.post<ArchiveEntry>('/tenant-archive', body);
export const lendEntry = (v: { id: string; borrowerName: string; borrowerDept?: string | null; purpose?: string | null }) =>
  api.post<ArchiveEntry>(`/tenant-archive/${v.id}/loans`, {
    borrowerName: v.borrowerName,
    borrowerDept: v.borrowerDept || null,
    purpose: v.purpose || null,
  });
export const returnLoan = (v: { id: string; copyTaken: boolean; note?: string | null }) =>
  api.post<ArchiveLoan>(`/tenant-archive-loans/${v.id}/return`, { copyTaken: v.copyTaken, note: v.note || null });
export const cancelEntry = (id: string) => api.post<ArchiveEntry>(`/tenant-archive/${id}/cancel`);
export const registerExportUrl = (propertyId: string | null, month: string | null) =>
  `/api/v1/tenant-archive/export${qs({ propertyId, month })}`;
