import type {
  ChargeConsentBody,
  ChargePaidBody,
  ChargeQuoteBody,
  PaymentNotice,
  RepairCharge,
  RepairPriceItem,
  RepairPriceItemBody,
  RepairPriceItemPatch,
} from '@hy/contracts';
import { api } from '../../../../lib/api';

export const quoteCharge = (woId: string, body: ChargeQuoteBody) => api.post<RepairCharge>(`/work-orders/${woId}/quote`, body);
export const consentCharge = (woId: string, body: ChargeConsentBody) => api.post<RepairCharge>(`/work-orders/${woId}/consent`, body);
export const issueNotice = (woId: string) => api.post<PaymentNotice>(`/work-orders/${woId}/payment-notice`);
export const recordPaid = (woId: string, body: ChargePaidBody) => api.post<RepairCharge>(`/work-orders/${woId}/paid`, body);
export const createPriceItem = (body: RepairPriceItemBody) => api.post<RepairPriceItem>('/repair-price-items', body);
export const updatePriceItem = (id: string, body: RepairPriceItemPatch) => api.patch<RepairPriceItem>(`/repair-price-items/${id}`, body);
