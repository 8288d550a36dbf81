/** Payment notices' data layer: query keys, reads and writes. */
import { queryOptions } from '@tanstack/react-query';
import type { BillingNotice, BillingNoticeDetail, NoticeState } from '@hy/contracts';
import { api, qs } from '../../../lib/api';

const all = ['billing', 'pay'] as const;
export const payKeys = {
  all,
  notices: (pid: string | null, f: Record<string, unknown>) => [...all, 'notices', pid, f] as const,
  notice: (id: string | null) => [...all, 'notice', id] as const,
  mine: (pid: string | null) => [...all, 'mine', pid] as const,
  receipt: (id: string | null) => [...all, 'receipt', id] as const,
  received: (pid: string | null, month: string) => [...all, 'received', pid, month] as const,
  arrears: (pid: string | null, month: string | null) => [...all, 'arrears', pid, month] as const,
  collection: (pid: string | null, month: string | null) => [...all, 'collection', pid, month] as const,
  dunning: (pid: string | null) => [...all, 'dunning', pid] as const,
  review: (pid: string | null, month: string) => [...all, 'review', pid, month] as const,
};

export const noticesQuery = (propertyId: string | null, f: { month?: string; state?: NoticeState }) =>
  queryOptions({
    queryKey: payKeys.notices(propertyId, f),
    queryFn: () => api.get<{ data: BillingNotice[] }>(`/bills${qs({ propertyId, ...f })}`),
    enabled: !!propertyId,
  });
export const noticeQuery = (id: string | null) =>
  queryOptions({ queryKey: payKeys.notice(id), queryFn: () => api.get<BillingNoticeDetail>(`/bills/${id}`), enabled: !!id });
export const myNoticesQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: payKeys.mine(propertyId),
    queryFn: () => api.get<{ data: BillingNoticeDetail[] }>(`/bills/mine${qs({ propertyId })}`),
    enabled: !!propertyId,
  });
export const markDelivered = (id: string) => api.post<BillingNoticeDetail>(`/bills/${id}/delivered`);
