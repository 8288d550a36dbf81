/** A repair charge as JSON (S6): the fields the API answers, chosen one by one, and the amount in yuan. */
import type { ChargeRow } from './charges.repository.ts';
import { yuan } from '@hy/contracts';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function presentCharge(ch: ChargeRow) {
  return {
    workOrderId: ch.workOrderId,
    propertyId: ch.propertyId,
    caseId: ch.caseId,
    status: ch.status,
    amountFen: ch.amountFen,
    items: ch.items,
    quoteNote: ch.quoteNote,
    quotedBy: ch.quotedBy,
    quotedAt: ch.quotedAt.toISOString(),
    consentMethod: ch.consentMethod,
    consentName: ch.consentName,
    consentUserId: ch.consentUserId,
    consentAt: iso(ch.consentAt),
    noticeNumber: ch.noticeNumber,
    noticeIssuedAt: iso(ch.noticeIssuedAt),
    noticeIssuedBy: ch.noticeIssuedBy,
    paidAt: iso(ch.paidAt),
    receiptNo: ch.receiptNo,
    paidRecordedBy: ch.paidRecordedBy,
    version: ch.version,
    createdAt: ch.createdAt.toISOString(),
    updatedAt: ch.updatedAt.toISOString(),
    amountYuan: yuan(ch.amountFen),
  };
}
