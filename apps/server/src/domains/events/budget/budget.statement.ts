/**
 * The end of the budget: the 《会议费用确认单》 of the main session's service notice drawn from the actuals (through
 * the meetings domain's fee statement — the organizer confirms it in its own flow), and the .xlsx of the budget
 * against the current computation and the actuals.
 */
import type { Ctx } from '../../../lib/context.ts';
import { sheetWords, workbook } from '../../../lib/xlsx.ts';
import { audit } from '../../audit/index.ts';
import { publish } from '../../notifications/index.ts';
import { draftStatement, issueStatement } from '../../meetings/index.ts';
import { openForChange } from '../event/event.access.ts';
import { refused, timeZoneOf } from '../events.shared.ts';
import { mainNoticeOf } from '../programme/programme.sessions.ts';
import { actualLines, type ActualLine } from './budget.compute.ts';
import { getBudget, openBudget } from './budget.service.ts';

/** A statement's extra line of an actual: its own quantity and price when they multiply to the amount, else 1 项. */
export function statementLineOf(a: ActualLine) {
  const whole = Number.isInteger(a.qty) && a.qty > 0 && a.qty * a.unitFen === a.amountFen;
  return {
    name: a.name.slice(0, 100),
    qty: whole ? a.qty : 1,
    unit: (whole ? a.unit : '项').slice(0, 10) || '项',
    unitFen: whole ? a.unitFen : a.amountFen,
    invoiceRef: a.invoiceRef,
  };
}

/**
 * Drafts (or recomputes while a draft) the main session's fee statement with the actuals as its extra lines — the
 * main session's own venue is priced by the statement itself — and issues it when asked. 422 event_no_notice_yet.
 */
export async function feeStatementFromActuals(ctx: Ctx, eventId: string, input: { issue: boolean }) {
  const o = await openForChange(ctx, eventId, 'manage');
  const main = await mainNoticeOf(ctx.db, eventId);
  if (!main) throw refused(ctx, 'event_no_notice_yet');
  const actuals = (await actualLines(ctx.db, eventId)).filter((a) => a.amountFen > 0 && a.source !== `session:${main.sessionId}`);
  const extra = actuals.map(statementLineOf);
  const drafted = await draftStatement(ctx, main.noticeId, {
    items: [],
    extra,
    invoiceRefs: [],
    note: `${o.event.name}（${o.event.number}）会务实际费用`,
  });
  let statement = drafted.statement;
  if (input.issue) statement = await issueStatement(ctx, statement.id);
  await ctx.db.transaction(async (tx) => {
    await audit(tx, ctx, {
      action: 'event_budget.fee_statement',
      entityType: 'event',
      entityId: eventId,
      propertyId: o.event.propertyId,
      after: { statementId: statement.id, number: statement.number, status: statement.status, lines: extra.length },
    });
    await publish(tx, { type: 'event', topic: 'event.budget', propertyId: o.event.propertyId, entity: { type: 'event', id: eventId } });
  });
  return { created: drafted.created, budget: await getBudget(ctx, eventId) };
}

const yuanCell = (fen: number) => Math.round(fen) / 100;

/** The budget (the shown version, else the approved/latest) against current and actual, as .xlsx. */
export async function budgetXlsx(ctx: Ctx, eventId: string, versionId?: string) {
  const { event } = await openBudget(ctx, eventId);
  const b = await getBudget(ctx, eventId);
  const { h } = sheetWords(ctx.locale, await timeZoneOf(ctx.db, event.propertyId));
  const v = b.versions.find((x) => x.id === versionId) ?? b.versions.find((x) => x.status === 'approved') ?? b.versions.at(-1) ?? null;
  const cat = (c: string) => h(CATEGORY_ZH[c] ?? c, c);
  const lines = {
    name: h('预算表', 'Budget'),
    title: `${b.eventName} ${h('会务服务预算表', 'event budget')}${v ? ` v${v.version}` : ''}`,
    columns: [
      { header: h('类别', 'Category'), key: 'category', width: 12 },
      { header: h('项目', 'Item'), key: 'name', width: 28 },
      { header: h('计价方式', 'Basis'), key: 'basis', width: 12 },
      { header: h('单价（元）', 'Unit price (¥)'), key: 'unit', width: 12 },
      { header: h('数量', 'Quantity'), key: 'units', width: 10 },
      { header: h('预算金额（元）', 'Budget (¥)'), key: 'amount', width: 14 },
      { header: h('按当前数据（元）', 'Current (¥)'), key: 'live', width: 14 },
      { header: h('备注', 'Note'), key: 'note', width: 20 },
    ],
    rows: (v?.lines ?? []).map((l) => ({
      category: cat(l.category),
      name: l.name,
      basis: h(BASIS_ZH[l.basis] ?? l.basis, l.basis),
      unit: yuanCell(l.unitFen),
      units: l.units,
      amount: yuanCell(l.amountFen),
      live: yuanCell(l.liveFen),
      note: l.note ?? '',
    })),
  };
  const varianceSheet = {
    name: h('预算执行', 'Variance'),
    columns: [
      { header: h('类别', 'Category'), key: 'category', width: 12 },
      { header: h('批准预算（元）', 'Approved (¥)'), key: 'approved', width: 14 },
      { header: h('当前测算（元）', 'Current (¥)'), key: 'current', width: 14 },
      { header: h('实际（元）', 'Actual (¥)'), key: 'actual', width: 14 },
      { header: h('差额（元）', 'Variance (¥)'), key: 'variance', width: 14 },
      { header: h('超预算', 'Over'), key: 'over', width: 8 },
    ],
    rows: [
      ...b.variance.map((r) => ({
        category: cat(r.category),
        approved: yuanCell(r.approvedFen),
        current: yuanCell(r.currentFen),
        actual: yuanCell(r.actualFen),
        variance: yuanCell(r.varianceFen),
        over: r.over,
      })),
      {
        category: h('合计', 'Total'),
        approved: yuanCell(b.totals.approvedFen),
        current: yuanCell(b.totals.currentFen),
        actual: yuanCell(b.totals.actualFen),
        variance: yuanCell(b.totals.varianceFen),
        over: b.totals.over,
      },
    ],
  };
  const actualSheet = {
    name: h('实际费用', 'Actuals'),
    columns: [
      { header: h('类别', 'Category'), key: 'category', width: 12 },
      { header: h('项目', 'Item'), key: 'name', width: 30 },
      { header: h('数量', 'Qty'), key: 'qty', width: 8 },
      { header: h('单位', 'Unit'), key: 'unit', width: 8 },
      { header: h('金额（元）', 'Amount (¥)'), key: 'amount', width: 14 },
      { header: h('发票号', 'Invoice'), key: 'invoice', width: 16 },
      { header: h('日期', 'Date'), key: 'date', width: 12 },
    ],
    rows: b.actuals.map((a) => ({
      category: cat(a.category),
      name: a.name,
      qty: a.qty,
      unit: a.unit,
      amount: yuanCell(a.amountFen),
      invoice: a.invoiceRef ?? '',
      date: a.spentOn ?? '',
    })),
  };
  await ctx.db.transaction((tx) =>
    audit(tx, ctx, { action: 'event_budget.exported', entityType: 'event', entityId: eventId, propertyId: event.propertyId }),
  );
  return { filename: `${b.eventName}-会务服务预算表.xlsx`, buf: await workbook([lines, varianceSheet, actualSheet]) };
}

export const CATEGORY_ZH: Record<string, string> = {
  venue: '场地',
  accommodation: '住宿',
  transport: '交通',
  catering: '餐饮',
  materials: '物资',
  printing: '印刷',
  gifts: '礼品',
  overtime: '人员加班',
  equipment: '设备租赁',
  other: '其他',
};
export const BASIS_ZH: Record<string, string> = {
  fixed: '固定',
  per_guest: '按人数',
  per_night: '按间夜',
  per_day: '按天数',
  per_vehicle: '按车天',
  per_cover: '按餐份',
};
