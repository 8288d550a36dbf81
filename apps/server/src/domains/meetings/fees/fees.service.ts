/**
 * Fee statement 《会议大厦会议费用确认单》 (SPEC M9; seed 004 §3.3D, §5.1.8, §5.2.3; proxy purchases
 * are purchases.service.ts). A statement is computed from the property's price list (venue fee by
 * class and duration band, consumables, technical material losses) plus the meeting's purchased
 * proxy purchases, drafted and recomputed by the service center, issued to the organizing unit,
 * confirmed online by its organizer (or a paper signature is recorded), paid (partly) and chased
 * by a durable reminder job until paid. Every write is audited in its transaction.
 */
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { SERVICE_CENTER_ROLES, settingsOf } from '@hy/contracts';
import { type Actor, type Ctx, authorize, can, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import type { Db, DbOrTx } from '../../../db/client.ts';
import type { PriceList } from '../../../db/schema/index.ts';
import type { FeeEstimateInput } from './fees.schema.ts';
import { scheduleJob } from '../../../jobs/runner.ts';
import { audit } from '../../audit/index.ts';
import { notify } from '../../notifications/index.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import { systemCtx } from '../../../lib/context.ts';
import { workbook } from '../../../lib/xlsx.ts';
import * as shared from '../meeting/meeting.repository.ts';
import * as repo from './fees.repository.ts';
import { failMeeting } from '../meeting/meeting.errors.ts';
import { meetingFor } from '../meeting/meeting.policy.ts';
import { numberFor } from '../meeting/meeting.numbers.ts';
import { yuan } from '@hy/contracts';
import { estimateFee, statementLines, totalFen } from './fees.rules.ts';
import { presentStatement, presentStatementRow } from './fees.presenter.ts';
import { materialLosses } from '../materials/materials.service.ts';

export const FEE_REMINDER_JOB = 'meetings.fee_reminder';

// ---------- price list ----------

export async function getPrices(ctx: Ctx, propertyId: string) {
  authorize(requireActor(ctx), propertyId, 'meetings.fees.read');
  const row = await repo.priceList(ctx.db, propertyId);
  return row
    ? { propertyId, prices: row.prices, version: row.version, updatedAt: row.updatedAt.toISOString() }
    : { propertyId, prices: null, version: 0, updatedAt: null };
}

/** What a booking would cost by the price list, for whoever may book in the property (the organizer before submitting). */
export async function estimate(ctx: Ctx, b: FeeEstimateInput) {
  authorize(requireActor(ctx), b.propertyId, 'bookings.create');
  const venue = await repo.venueToPrice(ctx.db, b.propertyId, b.venueId);
  if (!venue) throw errors.notFound('venue');
  const minutes = Math.max(0, (new Date(b.endAt).getTime() - new Date(b.startAt).getTime()) / 60_000);
  const row = await repo.priceList(ctx.db, b.propertyId);
  if (!row) return { priced: false, venue: null, items: [], totalFen: 0 };
  return estimateFee(row.prices, { venue, minutes, attendeeCount: b.attendeeCount, services: b.services });
}

export async function putPrices(ctx: Ctx, propertyId: string, prices: PriceList) {
  const actor = requireActor(ctx);
  authorize(actor, propertyId, 'meetings.prices.manage');
  return ctx.db.transaction(async (tx) => {
    const before = await repo.priceList(tx, propertyId);
    const row = await repo.upsertPriceList(tx, { propertyId, prices, updatedBy: actor.id, updatedAt: ctx.now() });
    await audit(tx, ctx, {
      action: 'meeting_price_list.updated',
      entityType: 'property',
      entityId: propertyId,
      propertyId,
      before: before ? { prices: before.prices } : null,
      after: { prices: row.prices },
    });
    return { propertyId, prices: row.prices, version: row.version, updatedAt: row.updatedAt.toISOString() };
  });
}

// ---------- fee statement ----------

type DraftInput = {
  items: { code: string; qty: number; invoiceRef?: string | null }[];
  extra: { name: string; qty: number; unit: string; unitFen: number; invoiceRef?: string | null }[];
  invoiceRefs: string[];
  note?: string | null;
  version?: number;
};

/** Draws up (or recomputes, while a draft) the statement of a meeting from the price list. 201 when created. */
export async function draftStatement(ctx: Ctx, noticeId: string, input: DraftInput) {
  const { actor, n } = await meetingFor(ctx, noticeId, 'meetings.fees.manage');
  if (n.status === 'cancelled') throw errors.rule('notice_inactive', '会议已取消');
  const list = await repo.priceList(ctx.db, n.propertyId);
  if (!list) throw failMeeting('no_price_list');
  const [venue] = await shared.venueInfo(ctx.db, [n.venueId]);
  const end = n.endedAt && n.endedAt > n.endAt ? n.endedAt : n.endAt;
  const purchases = (await repo.purchasesOf(ctx.db, noticeId)).filter((p) => p.status === 'purchased');
  const { lines, unknown } = statementLines(list.prices, {
    venue: { name: venue!.name, venueClass: venue!.cls, venueType: venue!.type },
    minutes: Math.round((end.getTime() - n.startAt.getTime()) / 60_000),
    items: input.items,
    purchases,
    losses: await materialLosses(ctx.db, noticeId),
    extra: input.extra,
  });
  if (unknown.length) throw failMeeting('unknown_price_item', `收费标准中没有：${unknown.join('、')}`, { codes: unknown });
  const total = totalFen(lines);
  const refs = [...new Set([...input.invoiceRefs, ...lines.map((l) => l.invoiceRef).filter((x): x is string => !!x)])];
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const existing = await repo.statementOfNotice(tx, noticeId);
    if (existing) {
      const row = await repo.updateStatement(
        tx,
        existing.id,
        ['draft'],
        { lines, totalFen: total, invoiceRefs: refs, note: input.note ?? existing.note, updatedAt: now },
        input.version,
      );
      if (!row)
        throw existing.status !== 'draft'
          ? failMeeting('fee_statement_state', '已发出的费用确认单不能再修改', { status: existing.status })
          : errors.conflict('费用确认单已被他人修改，请刷新 / changed meanwhile', { version: existing.version });
      await audit(tx, ctx, {
        action: 'fee_statement.recomputed',
        entityType: 'fee_statement',
        entityId: row.id,
        propertyId: n.propertyId,
        before: existing,
        after: row,
      });
      return { created: false, statement: await present(tx, actor, row) };
    }
    const row = await repo.insertStatement(tx, {
      propertyId: n.propertyId,
      noticeId,
      number: await numberFor(tx, n.propertyId, 'HY-FY', now),
      lines,
      totalFen: total,
      invoiceRefs: refs,
      note: input.note ?? null,
      createdBy: actor.id,
      createdAt: now,
      updatedAt: now,
    });
    if (!row) throw errors.conflict('费用确认单已存在 / the statement exists');
    await audit(tx, ctx, {
      action: 'fee_statement.drafted',
      entityType: 'fee_statement',
      entityId: row.id,
      propertyId: n.propertyId,
      before: null,
      after: row,
    });
    return { created: true, statement: await present(tx, actor, row) };
  });
}

async function visibleStatement(ctx: Ctx, id: string) {
  const s = await repo.findStatement(ctx.db, id);
  if (!s) throw errors.notFound('fee statement');
  const m = await meetingFor(ctx, s.noticeId, 'meetings.fees.read', { organizer: true });
  if (m.asOrganizer && !can(m.actor, s.propertyId, 'meetings.fees.read') && s.status === 'draft') throw errors.notFound('fee statement');
  return { ...m, s };
}

/** The statement as the actor sees it: its meeting and payments loaded, then presented. */
async function present(db: DbOrTx, actor: Actor, s: repo.StatementRow) {
  const m = (await shared.noticeWithOrganization(db, s.noticeId))!;
  return presentStatement(actor, s, m.notice, m.organizationId, await repo.paymentsOf(db, s.id));
}

export async function getStatement(ctx: Ctx, id: string) {
  const { actor, s } = await visibleStatement(ctx, id);
  return present(ctx.db, actor, s);
}

/** The notice's fee statement, or null while none is drawn up (the meeting itself must be readable). */
export async function statementOf(ctx: Ctx, noticeId: string) {
  const s = await repo.statementOfNotice(ctx.db, noticeId);
  if (!s) {
    await meetingFor(ctx, noticeId, 'meetings.fees.read', { organizer: true });
    return null;
  }
  return getStatement(ctx, s.id);
}

/** Unpaid statements are chased every meetings.feeReminderDays (a setting, default 7) after issue. */
const reminderDays = async (db: DbOrTx, propertyId: string) =>
  settingsOf((await shared.property(db, propertyId))?.settings)['meetings.feeReminderDays'];

async function scheduleReminder(tx: DbOrTx, s: repo.StatementRow, round: number, from: Date) {
  const runAt = new Date(from.getTime() + (await reminderDays(tx, s.propertyId)) * 86_400_000);
  await scheduleJob(
    tx,
    FEE_REMINDER_JOB,
    { statementId: s.id, round },
    { runAt, uniqueKey: `${FEE_REMINDER_JOB}:${s.id}:${round}`, maxAttempts: 5 },
  );
}

/** draft → issued: the organizing unit's organizers hear of it; the first reminder is scheduled. */
export async function issueStatement(ctx: Ctx, id: string) {
  const { actor, s, n, organizationId } = await visibleStatement(ctx, id);
  if (!can(actor, s.propertyId, 'meetings.fees.manage')) throw errors.forbidden();
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const row = await repo.updateStatement(tx, id, ['draft'], { status: 'issued', issuedBy: actor.id, issuedAt: now, updatedAt: now });
    if (!row) throw failMeeting('fee_statement_state', undefined, { status: s.status });
    await audit(tx, ctx, {
      action: 'fee_statement.issued',
      entityType: 'fee_statement',
      entityId: id,
      propertyId: s.propertyId,
      before: s,
      after: row,
    });
    await notify(tx, {
      propertyId: s.propertyId,
      userIds: await shared.organizerUserIds(tx, s.propertyId, organizationId),
      kind: 'meetings.fee_statement_issued',
      message: {
        key: 'meetings.fee_statement_issued',
        params: { number: row.number, meetingName: n.content.meetingName, totalFen: row.totalFen },
      },
      link: `/fee-statements/${id}`,
      data: { statementId: id },
    });
    await scheduleReminder(tx, row, 0, now);
    return present(tx, actor, row);
  });
}

/** issued → confirmed: the organizer online (their own unit's), or staff recording the responsible person's paper signature. */
export async function confirmStatement(ctx: Ctx, id: string, input: { signerName?: string | null; signedAt?: string | null }) {
  const { actor, s, asOrganizer } = await visibleStatement(ctx, id);
  const online = asOrganizer && can(actor, s.propertyId, 'meetings.fees.confirm');
  if (!online && !can(actor, s.propertyId, 'meetings.fees.manage')) throw errors.forbidden();
  if (!online && !input.signerName)
    throw errors.field('signerName', '请填写签字的组织单位责任人 / the signer of the paper form', 'required');
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const row = await repo.updateStatement(tx, id, ['issued'], {
      status: 'confirmed',
      confirmedVia: online ? 'online' : 'paper',
      confirmedBy: actor.id,
      signerName: input.signerName ?? actor.displayName,
      confirmedAt: !online && input.signedAt ? new Date(input.signedAt) : now,
      updatedAt: now,
    });
    if (!row) throw failMeeting('fee_statement_state', s.status === 'confirmed' ? '费用确认单已确认' : undefined, { status: s.status });
    await audit(tx, ctx, {
      action: 'fee_statement.confirmed',
      entityType: 'fee_statement',
      entityId: id,
      propertyId: s.propertyId,
      before: s,
      after: row,
      meta: { via: row.confirmedVia },
    });
    await notify(tx, {
      propertyId: s.propertyId,
      roles: [...SERVICE_CENTER_ROLES],
      kind: 'meetings.fee_statement_confirmed',
      message: { key: 'meetings.fee_statement_confirmed', params: { number: row.number, signerName: row.signerName, online } },
      link: `/fee-statements/${id}`,
      data: { statementId: id },
    });
    return present(tx, actor, row);
  });
}

export async function recordPayment(
  ctx: Ctx,
  id: string,
  input: { amountFen: number; paidAt?: string | null; method?: string | null; reference?: string | null },
) {
  const { actor, s } = await visibleStatement(ctx, id);
  if (!can(actor, s.propertyId, 'meetings.fees.manage')) throw errors.forbidden();
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const row = await repo.addPaid(tx, id, input.amountFen, now);
    if (!row) {
      const cur = (await repo.findStatement(tx, id))!;
      if (cur.status !== 'issued' && cur.status !== 'confirmed')
        throw failMeeting('fee_statement_state', '费用确认单尚未发出', { status: cur.status });
      throw failMeeting('overpayment', `未付金额 ¥${yuan(cur.totalFen - cur.paidFen)}`, { dueFen: cur.totalFen - cur.paidFen });
    }
    const p = await repo.insertPayment(tx, {
      propertyId: s.propertyId,
      statementId: id,
      amountFen: input.amountFen,
      paidAt: input.paidAt ? new Date(input.paidAt) : now,
      method: input.method ?? null,
      reference: input.reference ?? null,
      recordedBy: actor.id,
      recordedAt: now,
    });
    await audit(tx, ctx, {
      action: 'fee_statement.payment_recorded',
      entityType: 'fee_statement',
      entityId: id,
      propertyId: s.propertyId,
      before: { paidFen: s.paidFen, paymentStatus: s.paymentStatus },
      after: { paidFen: row.paidFen, paymentStatus: row.paymentStatus },
      meta: { paymentId: p.id, amountFen: p.amountFen },
    });
    return present(tx, actor, row);
  });
}

export async function listStatements(ctx: Ctx, q: { propertyId: string; unpaid?: boolean; limit: number }) {
  const actor = requireActor(ctx);
  if (!can(actor, q.propertyId, 'meetings.fees.read') && !can(actor, q.propertyId, 'meetings.fees.confirm'))
    authorize(actor, q.propertyId, 'meetings.fees.read');
  const staff = can(actor, q.propertyId, 'meetings.fees.read');
  if (!staff && !actor.organizationId) return { data: [] };
  const rows = await repo.listStatements(ctx.db, { ...q, organizationId: staff ? undefined : actor.organizationId! });
  return {
    data: rows.filter((r) => staff || r.s.status !== 'draft').map(presentStatementRow),
  };
}

/** Printable 《会议大厦会议费用确认单》 (JSON for the print page); printing and exporting are audited. */
export async function printStatement(ctx: Ctx, id: string, format: 'print' | 'xlsx' = 'print') {
  const { actor, s } = await visibleStatement(ctx, id);
  const p = await present(ctx.db, actor, s);
  const tz = (await loadWorkCalendar(ctx.db, s.propertyId)).timeZone;
  const at = (d: string | null) => (d ? dayjs(d).tz(tz).format('YYYY-MM-DD HH:mm') : '');
  await audit(ctx.db, ctx, {
    action: format === 'xlsx' ? 'fee_statement.exported' : 'fee_statement.printed',
    entityType: 'fee_statement',
    entityId: id,
    propertyId: s.propertyId,
    meta: { format },
  });
  return {
    form: '会议大厦会议费用确认单',
    number: s.number,
    noticeNumber: p.noticeNumber,
    fields: (
      [
        ['会议名称', p.meeting.name],
        ['组织单位', p.meeting.organizerUnit],
        ['会议地点', p.meeting.venue],
        ['会议时间', `${at(p.meeting.startAt)} — ${at(p.meeting.endAt).slice(11)}`],
      ] as [string, string | null][]
    ).map(([label, value]) => ({ label, value })),
    columns: ['类别', '项目', '数量', '单位', '单价（元）', '金额（元）', '发票号'],
    rows: p.lines.map((l) => [l.kindLabel, l.name, l.qty, l.unit, l.unitPrice, l.amount, l.invoiceRef ?? '']),
    total: p.total,
    paid: yuan(p.paidFen),
    due: yuan(p.dueFen),
    invoiceRefs: p.invoiceRefs,
    signature: { label: '组织单位责任人签字', signerName: p.signerName, confirmedAt: at(p.confirmedAt), via: p.confirmedVia },
    status: p.status,
    paymentStatus: p.paymentStatus,
  };
}

export async function statementXlsx(ctx: Ctx, id: string) {
  const form = await printStatement(ctx, id, 'xlsx');
  const keys = form.columns.map((_, i) => `c${i}`);
  const buf = await workbook([
    {
      name: '费用确认单',
      title: `${form.form} ${form.number}`,
      columns: form.columns.map((header, i) => ({ header, key: keys[i]!, width: i === 1 ? 36 : 14 })),
      rows: [
        ...form.fields.map((f) => ({ c0: f.label, c1: f.value })),
        ...form.rows.map((r) => Object.fromEntries(r.map((v, i) => [keys[i], v]))),
        { c0: '合计', c5: form.total },
        { c0: '已付', c5: form.paid },
        { c0: '未付', c5: form.due },
        { c0: form.signature.label, c1: form.signature.signerName ?? '', c2: form.signature.confirmedAt },
      ],
    },
  ]);
  return { filename: `${form.number}.xlsx`, buf };
}

/**
 * The durable reminder of round `round`: while money is due, the organizer and the service center
 * hear of it once (the round guards it) and the next round is scheduled; paid → the chain ends.
 */
export async function feeReminder(db: Db, payload: Record<string, unknown>, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const id = String(payload.statementId);
    const round = Number(payload.round);
    const row = await repo.claimReminder(tx, id, round, now);
    if (!row) return false;
    const m = (await shared.noticeWithOrganization(tx, row.noticeId))!;
    await notify(tx, {
      propertyId: row.propertyId,
      userIds: await shared.organizerUserIds(tx, row.propertyId, m.organizationId),
      roles: ['cs_assistant'],
      kind: 'meetings.fee_reminder',
      severity: 'warning',
      message: {
        key: 'meetings.fee_reminder',
        params: { number: row.number, meetingName: m.notice.content.meetingName, dueFen: row.totalFen - row.paidFen, round: round + 1 },
      },
      link: `/fee-statements/${id}`,
      data: { statementId: id, round },
    });
    await audit(tx, systemCtx(tx, now), {
      action: 'fee_statement.reminded',
      entityType: 'fee_statement',
      entityId: id,
      propertyId: row.propertyId,
      meta: { round: round + 1, dueFen: row.totalFen - row.paidFen },
    });
    await scheduleReminder(tx, row, round + 1, now);
    return true;
  });
}
