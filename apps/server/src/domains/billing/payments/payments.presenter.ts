import type { BillingReceipt } from '@hy/contracts';
import { rmbInWords } from '@hy/contracts';
import type { billingPayments } from '../../../db/schema/index.ts';
import type { NoticeRow } from '../notices/notices.repository.ts';

export const presentReceipt = (p: typeof billingPayments.$inferSelect, n: NoticeRow): BillingReceipt => ({
  id: p.id,
  number: p.receiptNumber,
  payee: n.payee,
  noticeId: n.id,
  noticeNumber: n.number,
  month: n.month,
  organizationName: n.organizationName,
  amountFen: p.amountFen,
  amountInWords: rmbInWords(p.amountFen),
  method: p.method,
  payerName: p.payerName,
  reference: p.reference,
  receivedAt: p.receivedAt.toISOString(),
  receivedByName: p.receivedByName,
  void: !!p.voidedAt,
  voidedAt: p.voidedAt?.toISOString() ?? null,
  voidedByName: p.voidedByName,
  voidReason: p.voidReason,
});
