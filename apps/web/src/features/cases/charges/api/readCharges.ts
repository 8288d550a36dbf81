import { queryOptions } from '@tanstack/react-query';
import type { BillableCharge, PaidRepairsReport, PaymentNotice, RepairPriceList, WorkOrderCharge } from '@hy/contracts';
import { api, qs } from '../../../../lib/api';
import { chargeKeys } from './keys';

/** The charge of a paid work order (null before a quote), with its posting to the month's 工程费统计表. */
export const chargeQuery = (woId: string | undefined) =>
  queryOptions({
    queryKey: chargeKeys.charge(woId),
    queryFn: () => api.get<WorkOrderCharge>(`/work-orders/${woId}/charge`),
    enabled: !!woId,
  });

export const priceListQuery = (propertyId: string | null, active?: boolean) =>
  queryOptions({
    queryKey: chargeKeys.priceList(propertyId, active),
    queryFn: () => api.get<RepairPriceList>(`/repair-price-items${qs({ propertyId, active })}`),
    enabled: !!propertyId,
  });

export const noticeQuery = (woId: string | undefined) =>
  queryOptions({
    queryKey: chargeKeys.notice(woId),
    queryFn: () => api.get<PaymentNotice>(`/work-orders/${woId}/payment-notice`),
    enabled: !!woId,
    retry: false,
  });

export const paidRepairsQuery = (propertyId: string | null, month: string) =>
  queryOptions({
    queryKey: chargeKeys.report(propertyId, month),
    queryFn: () => api.get<PaidRepairsReport>(`/reports/paid-repairs${qs({ propertyId, month })}`),
    enabled: !!propertyId,
  });
export const paidRepairsXlsxUrl = (propertyId: string | null, month: string) =>
  `/api/v1/reports/paid-repairs${qs({ propertyId, month, format: 'xlsx' })}`;

/** Repairs posted and waiting for the next month's 工程费统计表 (not yet drawn into a month). */
export const waitingChargesQuery = (propertyId: string | null, enabled = true) =>
  queryOptions({
    queryKey: chargeKeys.waiting(propertyId),
    queryFn: async () =>
      (await api.get<{ data: BillableCharge[] }>(`/billing/charges${qs({ propertyId })}`)).data.filter((c) => c.sourceKind === 'repair'),
    enabled: !!propertyId && enabled,
  });
