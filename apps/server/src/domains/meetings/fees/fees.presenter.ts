/** JSON shapes of fee statements and proxy purchases (SPEC M7, M9): money as fen and as yuan text. Fields chosen one by one. */
import { FEE_LINE_LABELS } from '@hy/contracts';
import { type Actor, can } from '../../../lib/context.ts';
import { iso } from '../meeting/meeting.format.ts';
import type { NoticeRow } from '../meeting/meeting.repository.ts';
import { isOrganizerOf } from '../meeting/meeting.policy.ts';
import type { PurchaseRow, StatementRow } from './fees.repository.ts';
import { yuan } from '@hy/contracts';

export const presentPurchase = (p: PurchaseRow) => ({
  id: p.id,
  propertyId: p.propertyId,
  noticeId: p.noticeId,
  number: p.number,
  items: p.items,
  totalFen: p.totalFen,
  purchaser: p.purchaser,
  status: p.status,
  invoiceRef: p.invoiceRef,
  note: p.note,
  requestedBy: p.requestedBy,
  requestedAt: p.requestedAt.toISOString(),
  purchasedBy: p.purchasedBy,
  purchasedAt: iso(p.purchasedAt),
  total: yuan(p.totalFen),
});

/** A statement with its meeting, lines, payments and what the actor may do with it. */
export function presentStatement(
  actor: Actor,
  s: StatementRow,
  notice: NoticeRow,
  organizationId: string | null,
  payments: { id: string; amountFen: number; paidAt: Date; method: string | null; reference: string | null }[],
) {
  const m = { notice };
  const mine = isOrganizerOf(actor, s.propertyId, organizationId);
  const manage = can(actor, s.propertyId, 'meetings.fees.manage');
  const open = s.status === 'issued' || s.status === 'confirmed';
  return {
    id: s.id,
    propertyId: s.propertyId,
    noticeId: s.noticeId,
    noticeNumber: m.notice.number,
    number: s.number,
    status: s.status,
    paymentStatus: s.paymentStatus,
    meeting: {
      name: m.notice.content.meetingName,
      organizerUnit: m.notice.content.organizerUnit,
      venue: m.notice.content.venue.name,
      startAt: m.notice.startAt.toISOString(),
      endAt: m.notice.endAt.toISOString(),
    },
    lines: s.lines.map((l) => ({
      kind: l.kind,
      code: l.code,
      name: l.name,
      qty: l.qty,
      unit: l.unit,
      unitFen: l.unitFen,
      amountFen: l.amountFen,
      invoiceRef: l.invoiceRef,
      sourceId: l.sourceId,
      kindLabel: FEE_LINE_LABELS[l.kind],
      amount: yuan(l.amountFen),
      unitPrice: yuan(l.unitFen),
    })),
    totalFen: s.totalFen,
    total: yuan(s.totalFen),
    paidFen: s.paidFen,
    dueFen: s.totalFen - s.paidFen,
    currency: 'CNY',
    invoiceRefs: s.invoiceRefs,
    note: s.note,
    version: s.version,
    issuedAt: iso(s.issuedAt),
    confirmedVia: s.confirmedVia,
    signerName: s.signerName,
    confirmedAt: iso(s.confirmedAt),
    reminders: s.reminders,
    lastRemindedAt: iso(s.lastRemindedAt),
    payments: payments.map((p) => ({
      id: p.id,
      amountFen: p.amountFen,
      amount: yuan(p.amountFen),
      paidAt: p.paidAt.toISOString(),
      method: p.method,
      reference: p.reference,
    })),
    policies: {
      recompute: manage && s.status === 'draft',
      issue: manage && s.status === 'draft',
      confirm: s.status === 'issued' && ((mine && can(actor, s.propertyId, 'meetings.fees.confirm')) || manage),
      pay: manage && open && s.paymentStatus !== 'paid',
    },
  };
}

/** A row of the statement list. */
export const presentStatementRow = ({
  s,
  startAt,
  noticeNumber,
  organizerUnit,
}: {
  s: StatementRow;
  startAt: Date;
  noticeNumber: string;
  organizerUnit: string;
}) => ({
  id: s.id,
  number: s.number,
  noticeId: s.noticeId,
  noticeNumber,
  organizerUnit,
  startAt: startAt.toISOString(),
  status: s.status,
  paymentStatus: s.paymentStatus,
  totalFen: s.totalFen,
  paidFen: s.paidFen,
  total: yuan(s.totalFen),
  reminders: s.reminders,
  issuedAt: iso(s.issuedAt),
});
