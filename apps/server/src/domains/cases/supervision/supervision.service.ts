/**
 * Supervision (S9) and measures (S10), plus the monthly paid-repair charges (S6): each report is a
 * builder (db, property, period → JSON) shared by the GET endpoints and the scheduled jobs, and a
 * sheet layout for the .xlsx export. Sign-offs freeze the snapshot in case_reports and are audited.
 */
import {
  CASE_CHANNELS, CASE_CATEGORIES, COMMUNICATIVE_TYPES, COMPLAINT_NATURES, COMPLAINT_RATE_TARGET, SEVERITIES,
  type Permission,
} from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, requireActor } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import type { DbOrTx } from '../../../db/client.ts';
import type { CaseReportKind } from '../../../db/schema/index.ts';
import { audit } from '../../audit/audit.service.ts';
import { loadWorkCalendar } from '../../calendar/calendar.service.ts';
import { localDate, type WorkCalendar } from '../../calendar/calendar.rules.ts';
import * as repo from './supervision.repository.ts';
import { present } from '../case/case.service.ts';
import {
  complaintRate, dayRange, monthRange, monthlyReviewDeadline, percent, quarterMonths, startOfLocalDay, weekRange, yuan,
} from './supervision.rules.ts';
import { workbook, type Sheet } from '../cases.xlsx.ts';

const LIST_LIMIT = 1000;
const tr = (ctx: Ctx, zh: string, en: string) => (ctx.locale === 'en-US' ? en : zh);
type Json = Record<string, unknown>;
interface Env { db: DbOrTx; pid: string; cal: WorkCalendar; now: Date }

const briefs = (rows: Json[]) => rows.map((r) => present(r));

// ---------- builders ----------

async function dailyData({ db, pid, cal, now }: Env, date: string) {
  const r = dayRange(cal.timeZone, date);
  const until = new Date(Math.min(now.getTime(), r.to.getTime()));
  const [created, closed, overdue, escalated] = await Promise.all([
    repo.createdIn(db, pid, r, LIST_LIMIT), repo.closedIn(db, pid, r, LIST_LIMIT), repo.overdueAt(db, pid, until, LIST_LIMIT), repo.escalatedIn(db, pid, r, LIST_LIMIT),
  ]);
  return {
    propertyId: pid, date, counts: { new: created.length, closed: closed.length, overdue: overdue.length, escalated: escalated.length },
    new: briefs(created), closed: briefs(closed), overdue: briefs(overdue), escalated: briefs(escalated),
  };
}

async function weeklyData({ db, pid, cal, now }: Env, week: string) {
  const r = weekRange(cal.timeZone, week)!;
  const [counts, created, stuck] = await Promise.all([
    repo.periodCounts(db, pid, r, now), repo.createdIn(db, pid, r, LIST_LIMIT), repo.cannotProceed(db, pid, r, LIST_LIMIT),
  ]);
  return { propertyId: pid, week, from: r.monday, to: r.sunday, counts, cases: briefs(created), cannotProceed: briefs(stuck) };
}

async function monthlyReviewData({ db, pid, cal, now }: Env, month: string) {
  const r = monthRange(cal.timeZone, month);
  const [counts, closed, escalated, stuck] = await Promise.all([
    repo.periodCounts(db, pid, r, now), repo.closedIn(db, pid, r, LIST_LIMIT), repo.escalatedIn(db, pid, r, LIST_LIMIT), repo.cannotProceed(db, pid, r, LIST_LIMIT),
  ]);
  return {
    propertyId: pid, month, deadline: monthlyReviewDeadline(cal.timeZone, month).toISOString(), counts,
    closed: briefs(closed), escalated: briefs(escalated), cannotProceed: briefs(stuck),
  };
}

const DIMS = { nature: COMPLAINT_NATURES, nature_type: COMMUNICATIVE_TYPES, category: CASE_CATEGORIES, severity: SEVERITIES, channel: CASE_CHANNELS };
const DIM_KEYS = { nature: 'byNature', nature_type: 'byNatureType', category: 'byCategory', severity: 'bySeverity', channel: 'byChannel' } as const;

async function complaintsMonthlyData({ db, pid, cal, now }: Env, month: string) {
  const s = await repo.complaintStats(db, pid, monthRange(cal.timeZone, month), now, DIMS);
  const n = (k: string) => Number(s[k] ?? 0);
  const dims = Object.fromEntries(Object.entries(DIMS).map(([col, values]) => [DIM_KEYS[col as keyof typeof DIMS], Object.fromEntries(values.map((v) => [v, n(`${col}:${v}`)]))]));
  (dims.byNature as Json).unclassified = n('nature:unclassified');
  return {
    propertyId: pid, month, total: n('total'), ...dims,
    handling: { onTime: n('onTime'), late: n('late'), open: n('open'), finished: n('finished'), onTimePct: percent(n('onTime'), n('onTime') + n('late')) },
    satisfaction: { callbacks: n('callbacks'), satisfied: n('satisfied'), satisfiedPct: percent(n('satisfied'), n('callbacks')), avgRating: s.avgRating ?? null },
  };
}

export const BUILDERS: Record<Exclude<CaseReportKind, 'complaint_rate'>, (env: Env, period: string) => Promise<Json>> = {
  daily_review: dailyData, weekly_summary: weeklyData, monthly_review: monthlyReviewData, complaints_monthly: complaintsMonthlyData,
};

// ---------- access ----------

async function open(ctx: Ctx, propertyId: string, permission: Permission): Promise<Env & { actorId: string }> {
  const actor = requireActor(ctx);
  authorize(actor, propertyId, permission);
  return { db: ctx.db, pid: propertyId, cal: await loadWorkCalendar(ctx.db, propertyId), now: ctx.now(), actorId: actor.id };
}

const signoff = (r: repo.ReportRow | null) => (r ? {
  signedBy: r.signedBy, signedAt: r.signedAt?.toISOString() ?? null, late: r.late, note: r.note, noteBy: r.noteBy, noteAt: r.noteAt?.toISOString() ?? null,
  generatedAt: r.generatedAt?.toISOString() ?? null,
} : null);

/** The signed snapshot if signed, else live data; with the sign-off. */
async function withSignoff(env: Env, kind: Exclude<CaseReportKind, 'complaint_rate'>, period: string) {
  const r = await repo.findReport(env.db, kind, env.pid, period);
  const data = r?.signedAt && r.data ? r.data : await BUILDERS[kind](env, period);
  return { ...data, signoff: signoff(r) };
}

// ---------- S9 ----------

export async function daily(ctx: Ctx, q: { propertyId: string; date: string }) {
  return withSignoff(await open(ctx, q.propertyId, 'cases.review.read'), 'daily_review', q.date);
}

async function sign(ctx: Ctx, env: Env & { actorId: string }, kind: 'daily_review' | 'monthly_review', period: string, note: string | null, late: boolean) {
  return ctx.db.transaction(async (tx) => {
    const data = await BUILDERS[kind]({ ...env, db: tx }, period);
    const snap = await repo.saveSnapshot(tx, kind, env.pid, period, data, env.now);
    const r = await repo.signReport(tx, snap.id, { userId: env.actorId, now: env.now, note, late });
    if (!r) throw new AppError('already_signed', 409, tr(ctx, '该期间已签字确认', 'Already signed'), undefined, { signedBy: snap.signedBy, signedAt: snap.signedAt?.toISOString() });
    await audit(tx, ctx, { action: `case_report.${kind}.signed`, entityType: 'case_report', entityId: r.id, propertyId: env.pid, before: null, after: { period, signedAt: r.signedAt, note, late } });
    return { ...data, signoff: signoff(r) };
  });
}

export async function signDaily(ctx: Ctx, b: { propertyId: string; date: string; note?: string | null }) {
  const env = await open(ctx, b.propertyId, 'cases.review.sign_daily');
  if (b.date > localDate(env.cal, env.now)) throw errors.field('date', tr(ctx, '不能签署未来日期', 'Cannot sign a future day'));
  return sign(ctx, env, 'daily_review', b.date, b.note ?? null, false);
}

export async function weekly(ctx: Ctx, q: { propertyId: string; week: string }) {
  return withSignoff(await open(ctx, q.propertyId, 'cases.review.read'), 'weekly_summary', q.week);
}

export async function monthlyReview(ctx: Ctx, q: { propertyId: string; month: string }) {
  const env = await open(ctx, q.propertyId, 'cases.reports');
  const r = await withSignoff(env, 'monthly_review', q.month);
  const deadline = monthlyReviewDeadline(env.cal.timeZone, q.month);
  return { ...r, late: r.signoff?.signedAt ? r.signoff.late : env.now >= deadline };
}

export async function signMonthly(ctx: Ctx, b: { propertyId: string; month: string; note?: string | null }) {
  const env = await open(ctx, b.propertyId, 'cases.review.sign_monthly');
  if (env.now < startOfLocalDay(env.cal.timeZone, `${b.month}-01`)) throw errors.field('month', tr(ctx, '不能审阅未开始的月份', 'The month has not begun'));
  const late = env.now >= monthlyReviewDeadline(env.cal.timeZone, b.month);
  return { ...(await sign(ctx, env, 'monthly_review', b.month, b.note ?? null, late)), late };
}

export async function complaintsMonthly(ctx: Ctx, q: { propertyId: string; month: string }) {
  const env = await open(ctx, q.propertyId, 'cases.reports');
  const [data, r] = await Promise.all([complaintsMonthlyData(env, q.month), repo.findReport(ctx.db, 'complaints_monthly', q.propertyId, q.month)]);
  return { ...data, analysis: r?.note ?? null, analysisBy: r?.noteBy ?? null, analysisAt: r?.noteAt?.toISOString() ?? null };
}

async function saveNote(ctx: Ctx, kind: CaseReportKind, propertyId: string, period: string, note: string) {
  const env = await open(ctx, propertyId, 'cases.supervise');
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findReport(tx, kind, propertyId, period);
    const r = await repo.saveNote(tx, kind, propertyId, period, note, env.actorId, env.now);
    await audit(tx, ctx, { action: `case_report.${kind}.note`, entityType: 'case_report', entityId: r.id, propertyId, before: { note: before?.note ?? null }, after: { note } });
  });
}

export async function saveAnalysis(ctx: Ctx, b: { propertyId: string; month: string; analysis: string }) {
  await saveNote(ctx, 'complaints_monthly', b.propertyId, b.month, b.analysis);
  return complaintsMonthly(ctx, b);
}

// ---------- S10 ----------

export async function complaintRateReport(ctx: Ctx, q: { propertyId: string; quarter: string }) {
  const env = await open(ctx, q.propertyId, 'cases.reports');
  const months = quarterMonths(q.quarter);
  const range = { from: monthRange(env.cal.timeZone, months[0]!).from, to: monthRange(env.cal.timeZone, months[2]!).to };
  const [counts, homes, r] = await Promise.all([
    repo.monthlyKinds(ctx.db, q.propertyId, range, env.cal.timeZone), repo.households(ctx.db, q.propertyId), repo.findReport(ctx.db, 'complaint_rate', q.propertyId, q.quarter),
  ]);
  const rows = months.map((m) => {
    const c = counts.find((x) => x.month === m);
    return { ...complaintRate(m, c?.valid ?? 0, homes), complaints: c?.complaints ?? 0, repairs: c?.repairs ?? 0 };
  });
  const over = rows.some((x) => x.overTarget);
  return {
    propertyId: q.propertyId, quarter: q.quarter, households: homes, target: COMPLAINT_RATE_TARGET, months: rows,
    totals: { validComplaints: rows.reduce((a, x) => a + x.validComplaints, 0), complaints: rows.reduce((a, x) => a + x.complaints, 0), repairs: rows.reduce((a, x) => a + x.repairs, 0) },
    overTarget: over, reportDueBy: `${months[2]}-05`, correctiveActionRequired: over && !r?.note,
    correctiveAction: r?.note ? { note: r.note, by: r.noteBy, at: r.noteAt?.toISOString() ?? null } : null,
  };
}

export async function saveCorrectiveAction(ctx: Ctx, b: { propertyId: string; quarter: string; note: string }) {
  const rep = await complaintRateReport(ctx, b);
  if (!rep.overTarget) throw errors.rule('complaint_rate_not_exceeded', tr(ctx, '本季度各月投诉率均低于 5%，无需整改报告', 'No month of the quarter reached 5%'));
  await saveNote(ctx, 'complaint_rate', b.propertyId, b.quarter, b.note);
  return complaintRateReport(ctx, b);
}

export async function threeEqualities(ctx: Ctx, q: { propertyId: string; month: string }) {
  const env = await open(ctx, q.propertyId, 'cases.reports');
  const d = await repo.threeEqualities(ctx.db, q.propertyId, monthRange(env.cal.timeZone, q.month), LIST_LIMIT);
  return {
    propertyId: q.propertyId, month: q.month,
    logged: d.items.logged, dispatched: d.items.dispatched, issued: d.wos.issued, returned: d.wos.returned, voided: d.wos.voided,
    equal: {
      loggedEqualsDispatched: d.items.logged === d.items.dispatched,
      issuedEqualsDispatched: d.wos.issued === d.items.dispatched,
      returnedEqualsIssued: d.wos.returned === d.wos.issued,
    },
    mismatches: { notDispatched: d.notDispatched, dispatchedWithoutWorkOrder: d.withoutWo, severalWorkOrders: d.several, notReturned: d.notReturned },
  };
}

export async function slaReport(ctx: Ctx, q: { propertyId: string; month: string }) {
  const env = await open(ctx, q.propertyId, 'cases.reports');
  const r = monthRange(env.cal.timeZone, q.month);
  const [rows, sat] = await Promise.all([repo.slaAttainment(ctx.db, q.propertyId, r, env.now), repo.satisfaction(ctx.db, q.propertyId, r)]);
  const withPct = <T extends { respondMeasured: number; respondOnTime: number; resolveMeasured: number; resolveOnTime: number }>(x: T) =>
    ({ ...x, respondPct: percent(x.respondOnTime, x.respondMeasured), resolvePct: percent(x.resolveOnTime, x.resolveMeasured) });
  const sum = (k: 'total' | 'respondMeasured' | 'respondOnTime' | 'resolveMeasured' | 'resolveOnTime') => rows.reduce((a, x) => a + x[k], 0);
  const cb = sat.reduce((a, x) => a + x.callbacks, 0);
  const ok = sat.reduce((a, x) => a + x.satisfied, 0);
  return {
    propertyId: q.propertyId, month: q.month, rows: rows.map(withPct),
    overall: withPct({ total: sum('total'), respondMeasured: sum('respondMeasured'), respondOnTime: sum('respondOnTime'), resolveMeasured: sum('resolveMeasured'), resolveOnTime: sum('resolveOnTime') }),
    satisfaction: { rows: sat.map((x) => ({ ...x, satisfiedPct: percent(x.satisfied, x.callbacks) })), callbacks: cb, satisfied: ok, satisfiedPct: percent(ok, cb) },
  };
}

// ---------- S6 billing list ----------

export async function paidRepairs(ctx: Ctx, q: { propertyId: string; month: string }) {
  const env = await open(ctx, q.propertyId, 'cases.billing');
  const list = await repo.chargesNoticedIn(ctx.db, q.propertyId, monthRange(env.cal.timeZone, q.month));
  const rows = list.map((r) => ({
    noticeNumber: r.charge.noticeNumber, noticeIssuedAt: r.charge.noticeIssuedAt?.toISOString() ?? null, workOrderNumber: r.workOrderNumber, caseNumber: r.caseNumber,
    customerName: r.customerName, unitCode: r.unitCode, organizationName: r.organizationName, location: r.location, content: r.content,
    items: r.charge.items, amountFen: r.charge.amountFen, amountYuan: yuan(r.charge.amountFen), status: r.charge.status,
    paidAt: r.charge.paidAt?.toISOString() ?? null, receiptNo: r.charge.receiptNo,
  }));
  const total = (f: (x: (typeof rows)[number]) => boolean) => rows.filter(f).reduce((a, x) => a + x.amountFen, 0);
  return { propertyId: q.propertyId, month: q.month, currency: 'CNY', rows, totalFen: total(() => true), paidFen: total((x) => x.status === 'paid'), unpaidFen: total((x) => x.status !== 'paid') };
}

// ---------- exports ----------

const CASE_COLS = [
  { header: '编号', key: 'number', width: 18 }, { header: '类别', key: 'kind' }, { header: '严重程度', key: 'severity' }, { header: '状态', key: 'status' },
  { header: '联系人', key: 'contactName' }, { header: '地点', key: 'location', width: 20 }, { header: '内容', key: 'content', width: 40 },
  { header: '立项时间', key: 'createdAt', width: 24 }, { header: '处理时限', key: 'resolveDueAt', width: 24 }, { header: '销项时间', key: 'closedAt', width: 24 },
];
const caseSheet = (name: string, rows: unknown) => ({ name, columns: CASE_COLS, rows: rows as Json[] });
const kv = (name: string, title: string, pairs: [string, unknown][]): Sheet =>
  ({ name, title, columns: [{ header: '项目', key: 'k', width: 28 }, { header: '数值', key: 'v', width: 20 }], rows: pairs.map(([k, v]) => ({ k, v })) });
const dimRows = (label: string, o: Record<string, unknown>) => Object.entries(o).map(([k, v]) => [`${label}：${k}`, v] as [string, unknown]);

type Report = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
export const SHEETS: Record<string, { file: (r: Report) => string; sheets: (r: Report) => Sheet[] }> = {
  daily: {
    file: (r) => `报修投诉日清-${r.date}`,
    sheets: (r) => [
      kv('汇总', `报修投诉日清表 ${r.date}`, [['新立项', r.counts.new], ['已销项', r.counts.closed], ['超时', r.counts.overdue], ['升级', r.counts.escalated], ['主管签字时间', r.signoff?.signedAt ?? '未签字']]),
      caseSheet('新立项', r.new), caseSheet('已销项', r.closed), caseSheet('超时', r.overdue), caseSheet('升级', r.escalated),
    ],
  },
  weekly: {
    file: (r) => `报修投诉周汇总-${r.week}`,
    sheets: (r) => [kv('汇总', `报修投诉周汇总 ${r.from} 至 ${r.to}`, Object.entries(r.counts)), caseSheet('本周案件', r.cases), caseSheet('无法处理事项', r.cannotProceed)],
  },
  monthly: {
    file: (r) => `项目经理月度检查-${r.month}`,
    sheets: (r) => [
      kv('汇总', `报修投诉月度检查 ${r.month}`, [...Object.entries(r.counts), ['检查期限', r.deadline], ['签字时间', r.signoff?.signedAt ?? '未签字'], ['逾期', r.late]]),
      caseSheet('已销项', r.closed), caseSheet('升级', r.escalated), caseSheet('无法处理事项', r.cannotProceed),
    ],
  },
  complaints: {
    file: (r) => `客户投诉月统计表-${r.month}`,
    sheets: (r) => [kv('客户投诉月统计表', `客户投诉月统计表 ${r.month}`, [
      ['投诉总数', r.total], ...dimRows('性质', r.byNature), ...dimRows('沟通性类型', r.byNatureType), ...dimRows('内容', r.byCategory),
      ...dimRows('严重程度', r.bySeverity), ...dimRows('渠道', r.byChannel), ['按时处理', r.handling.onTime], ['超时处理', r.handling.late], ['未完成', r.handling.open],
      ['按时率(%)', r.handling.onTimePct], ['回访数', r.satisfaction.callbacks], ['满意数', r.satisfaction.satisfied], ['满意率(%)', r.satisfaction.satisfiedPct],
      ['分析', r.analysis ?? ''],
    ])],
  },
  rate: {
    file: (r) => `投诉率-${r.quarter}`,
    sheets: (r) => [{
      name: '投诉率', title: `投诉率统计 ${r.quarter}（目标 < 5%，住户数 ${r.households}）`,
      columns: [{ header: '月份', key: 'month' }, { header: '有效投诉', key: 'validComplaints' }, { header: '投诉总数', key: 'complaints' }, { header: '报修数', key: 'repairs' },
        { header: '住户数', key: 'households' }, { header: '投诉率', key: 'rate' }, { header: '超标', key: 'overTarget' }],
      rows: r.months,
    }, kv('整改措施', '整改措施', [['需整改', r.overTarget], ['整改报告', r.correctiveAction?.note ?? '']])],
  },
  equalities: {
    file: (r) => `三个相等核查-${r.month}`,
    sheets: (r) => [
      kv('核查', `三个相等核查 ${r.month}`, [['报修项目数', r.logged], ['调度项目数', r.dispatched], ['开出工作单数', r.issued], ['回收工作单数', r.returned], ['作废工作单数', r.voided],
        ['报修=调度', r.equal.loggedEqualsDispatched], ['开单=调度', r.equal.issuedEqualsDispatched], ['回收=开单', r.equal.returnedEqualsIssued]]),
      { name: '未调度', columns: [{ header: '案件编号', key: 'caseNumber', width: 18 }], rows: r.mismatches.notDispatched },
      { name: '已调度未开单', columns: [{ header: '案件编号', key: 'caseNumber', width: 18 }], rows: r.mismatches.dispatchedWithoutWorkOrder },
      { name: '一案多单', columns: [{ header: '案件编号', key: 'caseNumber', width: 18 }, { header: '工作单号', key: 'workOrders', width: 40 }], rows: r.mismatches.severalWorkOrders },
      { name: '未回收', columns: [{ header: '工作单号', key: 'workOrderNumber', width: 18 }, { header: '案件编号', key: 'caseNumber', width: 18 }, { header: '状态', key: 'status' }], rows: r.mismatches.notReturned },
    ],
  },
  sla: {
    file: (r) => `时限达成率-${r.month}`,
    sheets: (r) => [{
      name: '时限达成率', title: `时限达成率 ${r.month}`,
      columns: [{ header: '类别', key: 'kind' }, { header: '严重程度', key: 'severity' }, { header: '案件数', key: 'total' }, { header: '响应按时', key: 'respondOnTime' },
        { header: '响应达成率(%)', key: 'respondPct' }, { header: '处理按时', key: 'resolveOnTime' }, { header: '处理达成率(%)', key: 'resolvePct' }],
      rows: [...r.rows, { kind: '合计', ...r.overall }],
    }, {
      name: '满意度', columns: [{ header: '来源', key: 'source' }, { header: '类别', key: 'kind' }, { header: '回访数', key: 'callbacks' }, { header: '满意数', key: 'satisfied' },
        { header: '满意率(%)', key: 'satisfiedPct' }, { header: '礼貌平均分', key: 'avgCourtesy' }, { header: '态度平均分', key: 'avgAttitude' }],
      rows: r.satisfaction.rows,
    }],
  },
  paid: {
    file: (r) => `有偿维修收费明细-${r.month}`,
    sheets: (r) => [{
      name: '有偿维修收费', title: `有偿维修收费明细 ${r.month}（合计 ${yuan(r.totalFen)} 元，已收 ${yuan(r.paidFen)} 元）`,
      columns: [{ header: '缴费通知书编号', key: 'noticeNumber', width: 18 }, { header: '派工单号', key: 'workOrderNumber', width: 18 }, { header: '案件编号', key: 'caseNumber', width: 18 },
        { header: '客户', key: 'customerName' }, { header: '单元', key: 'unitCode' }, { header: '单位', key: 'organizationName', width: 20 }, { header: '维修内容', key: 'content', width: 30 },
        { header: '金额(元)', key: 'amountYuan' }, { header: '状态', key: 'status' }, { header: '缴费时间', key: 'paidAt', width: 24 }, { header: '收据号', key: 'receiptNo' }],
      rows: r.rows,
    }],
  },
};

/** The .xlsx of a report; the export is audited. */
export async function exportXlsx(ctx: Ctx, kind: keyof typeof SHEETS, report: Report) {
  const layout = SHEETS[kind]!;
  const buf = await workbook(layout.sheets(report));
  const period = report.date ?? report.week ?? report.month ?? report.quarter;
  await audit(ctx.db, ctx, { action: 'case_report.exported', entityType: 'case_report', entityId: `${kind}:${report.propertyId}:${period}`, propertyId: report.propertyId, meta: { format: 'xlsx', bytes: buf.length } });
  return { filename: `${layout.file(report)}.xlsx`, buf };
}
