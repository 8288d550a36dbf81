/** Payments and receipts: reads and writes. */
import { queryOptions } from '@tanstack/react-query';
import type { BillingReceipt, PaymentMethodCode } from '@hy/contracts';
import { api } from '../../../lib/api';
import { payKeys } from '../notices/api';

export const receiptQuery = (id: string | null) =>
  queryOptions({ queryKey: payKeys.receipt(id), queryFn: () => api.get<BillingReceipt>(`/receipts/${id}`), enabled: !!id });

export interface PaymentInput {
  amountFen: number;
  method: PaymentMethodCode;
  payerName: string;
  reference?: string | null;
}
export const recordPayment = (v: { noticeId: string; input: PaymentInput }) =>
  api.post<BillingReceipt>(`/bills/${v.noticeId}/payments`, v.input);
export const voidReceipt = (v: { id: string; reason: string; signatureFileId: string }) =>
  api.post<BillingReceipt>(`/receipts/${v.id}/void`, { reason: v.reason, signatureFileId: v.signatureFileId });
