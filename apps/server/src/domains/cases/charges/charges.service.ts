/**
 * Paid repairs (S6, seed 004 篇3 §4): a paid work order gets a quote (fen, items), the customer's
 * consent (on the portal or recorded by staff), a numbered 《缴费通知书》 and finally the payment.
 * Each step is guarded by the states it may come from, audited and put on the case timeline. The
 * month's notices make the billing list that goes with the property fee (T4).
 */
import type { Ctx } from '../../../lib/context.ts';
import { can } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { notify } from '../../notifications/index.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import { localDate } from '../../calendar/index.ts';
import * as caseRepo from '../case/case.repository.ts';
import { isReporter } from '../case/case.policy.ts';
import { monthPeriod } from '../../../lib/periods.ts';
import { openReport } from '../supervision/reports.ts';
import * as repo from './charges.repository.ts';
import { rmbInWords, yuan } from '@hy/contracts';
import { effectiveSettings } from '../../places/index.ts';
import { postRepairCharge, withdrawRepairCharge } from './charges.billing.ts';
import { presentCharge } from './charges.presenter.ts';

import { load, stateError, staffOnly, step } from './charges.steps.ts';

export async function getCharge(ctx: Ctx, workOrderId: string) {
  const a = await load(ctx, workOrderId);
  return {
    workOrderId,
    workOrderNumber: a.wo.number,
    paid: a.wo.paid,
    charge: a.charge ? presentCharge(a.charge) : null,
    workOrderStatus: a.wo.status,
    billing: await repo.postedCharge(ctx.db, workOrderId),
    amountInWords: a.charge ? rmbInWords(a.charge.amountFen) : null,
  };
}

/** The customer agrees (or declines): the reporting tenant on the portal, or staff record it. */
export async function consent(
  ctx: Ctx,
  workOrderId: string,
  input: { accepted: boolean; name: string; method: 'portal' | 'recorded'; at?: Date },
) {
  const a = await load(ctx, workOrderId);
  const tenant = isReporter(a.actor, a.c) && can(a.actor, a.c.propertyId, 'cases.report');
  if (!tenant && !a.staff) throw errors.forbidden();
  const method = a.staff ? 'recorded' : 'portal';
  if (input.method !== method)
    throw errors.field(
      'method',
      say(
        ctx,
        method === 'portal' ? '业户在线确认方式为 portal' : '工作人员只能登记客户确认（recorded）',
        `Consent method must be ${method}`,
      ),
    );
  if (a.charge?.status !== 'quoted') throw stateError(ctx, a.charge, say(ctx, '确认', 'consent'));
  if (input.at && method === 'portal') throw errors.field('at', say(ctx, '在线确认的时间即现在', 'A portal consent is made now'));
  const at = input.at ?? ctx.now();
  if (at > ctx.now()) throw errors.field('at', say(ctx, '确认时间不能晚于现在', 'Cannot be in the future'));
  return step(ctx, a, input.accepted ? 'consented' : 'declined', async (tx) => {
    const r = await repo.updateCharge(
      tx,
      workOrderId,
      ['quoted'],
      {
        status: input.accepted ? 'consented' : 'declined',
        consentMethod: method,
        consentName: input.name,
        consentUserId: method === 'portal' ? a.actor.id : null,
        consentAt: at,
      },
      ctx.now(),
    );
    // The work was done before the customer agreed: the charge posts now.
    if (r && input.accepted) await postRepairCharge(tx, ctx, workOrderId);
    return r;
  });
}

/** 《缴费通知书》: numbered JF-<year>-NNNNNN from a per-property counter in the same transaction. */
export async function issueNotice(ctx: Ctx, workOrderId: string) {
  const a = await load(ctx, workOrderId);
  staffOnly(a);
  if (a.charge?.status !== 'consented') throw stateError(ctx, a.charge, say(ctx, '开具缴费通知书', 'issue the payment notice'));
  const year = localDate(await loadWorkCalendar(ctx.db, a.c.propertyId), ctx.now()).slice(0, 4);
  await step(ctx, a, 'noticed', async (tx) => {
    const seq = await caseRepo.nextNumber(tx, a.c.propertyId, `paynotice:${year}`);
    const r = await repo.updateCharge(
      tx,
      workOrderId,
      ['consented'],
      {
        status: 'noticed',
        noticeNumber: `JF-${year}-${String(seq).padStart(6, '0')}`,
        noticeIssuedAt: ctx.now(),
        noticeIssuedBy: a.actor.id,
      },
      ctx.now(),
    );
    if (r && a.c.reporterId) {
      await notify(tx, {
        propertyId: a.c.propertyId,
        userIds: [a.c.reporterId],
        kind: 'repair_charge.noticed',
        message: { key: 'repair_charge.noticed', params: { number: r.noticeNumber ?? a.wo.number, amountFen: r.amountFen } },
        link: `/cases/${a.c.id}`,
      });
    }
    return r;
  });
  return paymentNotice(ctx, workOrderId);
}

/** The printable notice. */
export async function paymentNotice(ctx: Ctx, workOrderId: string) {
  const a = await load(ctx, workOrderId);
  if (!a.charge?.noticeNumber) throw errors.notFound('payment notice');
  const name = await repo.propertyName(ctx.db, a.c.propertyId);
  const who = await repo.unitAndOrg(ctx.db, a.c.unitId, a.c.organizationId);
  const dueDay = (await effectiveSettings(ctx.db, a.c.propertyId))['billing.dueDay'] as number;
  const cal = await loadWorkCalendar(ctx.db, a.c.propertyId);
  const issued = localDate(cal, a.charge.noticeIssuedAt!);
  return {
    title: '缴费通知书',
    number: a.charge.noticeNumber,
    propertyName: name,
    issuedAt: a.charge.noticeIssuedAt!.toISOString(),
    customerName: a.wo.customerName ?? a.c.contactName,
    location: a.c.location,
    workOrderNumber: a.wo.number,
    caseNumber: a.c.number,
    content: a.wo.content,
    items: a.charge.items.map((i) => ({
      ...i,
      amountFen: Math.round(i.qty * i.unitPriceFen),
      amountYuan: yuan(Math.round(i.qty * i.unitPriceFen)),
    })),
    amountFen: a.charge.amountFen,
    amountYuan: yuan(a.charge.amountFen),
    currency: 'CNY',
    status: a.charge.status,
    remark: '有偿维修费用每月结算一次，纳入应收表与物业管理费一并收取。',
    amountInWords: rmbInWords(a.charge.amountFen),
    ...who,
    dueOn: dueOn(issued, dueDay),
    consentName: a.charge.consentName,
    consentAt: a.charge.consentAt?.toISOString() ?? null,
  };
}

/** Due with the next month's property fee: the due day of the month after the notice. */
function dueOn(issued: string, day: number) {
  const [y, m] = issued.split('-').map(Number) as [number, number];
  const ny = m === 12 ? y + 1 : y;
  const nm = m === 12 ? 1 : m + 1;
  return `${ny}-${String(nm).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export async function recordPaid(ctx: Ctx, workOrderId: string, input: { receiptNo: string; paidAt?: Date }) {
  const a = await load(ctx, workOrderId);
  if (!can(a.actor, a.c.propertyId, 'cases.billing') && !a.staff) throw errors.forbidden();
  if (a.charge?.status !== 'noticed') throw stateError(ctx, a.charge, say(ctx, '登记缴费', 'record the payment'));
  const paidAt = input.paidAt ?? ctx.now();
  if (paidAt > ctx.now()) throw errors.field('paidAt', say(ctx, '缴费时间不能晚于现在', 'Cannot be in the future'));
  return step(ctx, a, 'paid', async (tx) => {
    // Paid on the spot: not billed with the month's fees (a charge a month has drawn → 409 charge_already_billed).
    await withdrawRepairCharge(tx, ctx, workOrderId);
    return repo.updateCharge(
      tx,
      workOrderId,
      ['noticed'],
      { status: 'paid', paidAt, receiptNo: input.receiptNo, paidRecordedBy: a.actor.id },
      ctx.now(),
    );
  });
}

/** The month's payment notices for billing with the property fee (T4). */
export async function paidRepairs(ctx: Ctx, q: { propertyId: string; month: string }) {
  const env = await openReport(ctx, q.propertyId, 'cases.billing');
  const list = await repo.chargesNoticedIn(ctx.db, q.propertyId, monthPeriod(q.month, env.cal.timeZone)!);
  const rows = list.map((r) => ({
    noticeNumber: r.charge.noticeNumber,
    noticeIssuedAt: r.charge.noticeIssuedAt?.toISOString() ?? null,
    workOrderNumber: r.workOrderNumber,
    caseNumber: r.caseNumber,
    customerName: r.customerName,
    unitCode: r.unitCode,
    organizationName: r.organizationName,
    location: r.location,
    content: r.content,
    items: r.charge.items,
    amountFen: r.charge.amountFen,
    amountYuan: yuan(r.charge.amountFen),
    status: r.charge.status,
    paidAt: r.charge.paidAt?.toISOString() ?? null,
    receiptNo: r.charge.receiptNo,
  }));
  const total = (f: (x: (typeof rows)[number]) => boolean) => rows.filter(f).reduce((a, x) => a + x.amountFen, 0);
  return {
    propertyId: q.propertyId,
    month: q.month,
    currency: 'CNY',
    rows,
    totalFen: total(() => true),
    paidFen: total((x) => x.status === 'paid'),
    unpaidFen: total((x) => x.status !== 'paid'),
  };
}
