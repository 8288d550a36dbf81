import type { BillingNotice, BillingNoticeDetail, DunningStepView } from '@hy/contracts';
import { BILL_SHEETS, rmbInWords } from '@hy/contracts';
import type { billingDunningSteps, billingPayments } from '../../../db/schema/index.ts';
import { presentReceipt } from '../payments/payments.presenter.ts';
import type { NoticeRow, linesOf } from './notices.repository.ts';
import { noticeState } from './notices.rules.ts';

export const presentNotice = (n: NoticeRow, units: string[]): BillingNotice => ({
  id: n.id,
  propertyId: n.propertyId,
  payee: n.payee,
  month: n.month,
  number: n.number,
  organizationId: n.organizationId,
  organizationName: n.organizationName,
  units,
  amountFen: n.amountFen,
  amountInWords: rmbInWords(n.amountFen),
  paidFen: n.paidFen,
  outstandingFen: n.amountFen - n.paidFen,
  state: noticeState(n.amountFen, n.paidFen),
  issuedAt: n.issuedAt.toISOString(),
  dueOn: n.dueOn,
  deliverBy: n.deliverBy,
  deliveredAt: n.deliveredAt?.toISOString() ?? null,
  deliveredByName: n.deliveredByName,
});

export const presentStep = (s: typeof billingDunningSteps.$inferSelect): DunningStepView => ({
  id: s.id,
  step: s.step,
  dueOn: s.dueOn,
  firedAt: s.firedAt?.toISOString() ?? null,
  doneAt: s.doneAt?.toISOString() ?? null,
  doneByName: s.doneByName,
  outcome: s.outcome,
});

const ORDER = ['reminder', 'notice', 'visit', 'escalation'];

export function presentNoticeDetail(
  n: NoticeRow,
  units: string[],
  lines: Awaited<ReturnType<typeof linesOf>>,
  payments: (typeof billingPayments.$inferSelect)[],
  steps: (typeof billingDunningSteps.$inferSelect)[],
): BillingNoticeDetail {
  const sheets = BILL_SHEETS.map((sheet) => {
    const of = lines.filter((l) => l.sheet === sheet);
    return {
      sheet,
      subtotalFen: of.reduce((a, l) => a + l.amountFen, 0),
      lines: of.map((l) => ({
        description: l.description,
        unitCode: l.unitCode,
        quantity: l.quantity,
        unitPriceFen: l.unitPriceFen,
        amountFen: l.amountFen,
      })),
    };
  }).filter((s) => s.lines.length);
  return {
    ...presentNotice(n, units),
    sheets,
    receipts: payments.map((p) => presentReceipt(p, n)),
    dunning: steps.sort((a, b) => ORDER.indexOf(a.step) - ORDER.indexOf(b.step)).map(presentStep),
  };
}
