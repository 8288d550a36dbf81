/**
 * The month's 实收表 (received) and 应欠表 (arrears) (T4): live, printable, .xlsx; snapshotted on the last
 * working day of the month after the billing month. Arrears by age: 0-30 / 31-60 / 61-90 / 90+ days past due.
 */
import { z } from 'zod';
import { day, monthField, uuid } from '../fields.ts';

export const AGING_BUCKETS = ['d0_30', 'd31_60', 'd61_90', 'd90_plus'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

const amount = z.number().int();
export const agingBuckets = z.object({ d0_30: amount, d31_60: amount, d61_90: amount, d90_plus: amount });

export const reportQuery = z.object({ propertyId: uuid, month: monthField });
export const arrearsQuery = z.object({ propertyId: uuid, month: monthField.optional() });

export const receivedRow = z.object({
  noticeId: uuid,
  noticeNumber: z.string(),
  organizationName: z.string(),
  amountFen: z.number().int(),
  paidFen: z.number().int(),
  outstandingFen: z.number().int(),
  receipts: z.array(z.object({ number: z.string(), amountFen: z.number().int(), receivedAt: z.string(), method: z.string() })),
});
export const receivedReport = z.object({
  month: z.string(),
  snapshotOn: day.nullable(),
  totalFen: z.number().int(),
  paidFen: z.number().int(),
  outstandingFen: z.number().int(),
  rows: z.array(receivedRow),
});
export type ReceivedReport = z.infer<typeof receivedReport>;

export const arrearsRow = z.object({
  organizationId: uuid,
  organizationName: z.string(),
  notices: z.array(
    z.object({
      id: uuid,
      number: z.string(),
      month: z.string(),
      dueOn: day,
      outstandingFen: z.number().int(),
      daysPastDue: z.number().int(),
    }),
  ),
  buckets: agingBuckets,
  totalFen: z.number().int(),
  dunningStep: z.enum(['reminder', 'notice', 'visit', 'escalation']).nullable(),
});
export const arrearsReport = z.object({
  month: z.string().nullable(),
  asOf: day,
  snapshotOn: day.nullable(),
  buckets: agingBuckets,
  totalFen: z.number().int(),
  rows: z.array(arrearsRow),
});
export type ArrearsReport = z.infer<typeof arrearsReport>;

export const ARREARS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {};
