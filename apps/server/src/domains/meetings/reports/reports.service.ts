/**
 * Meeting reports (SPEC M10, seed 003 信息处理中心 "编制每日服务通知及每周业务简报"): the daily service
 * notice list with readiness and status, the weekly business briefing (meetings by class and venue,
 * incidents, readiness on time, satisfaction, fees), the monthly usage, fees and staff workload, each
 * as JSON or .xlsx with Chinese headers; and the organizer's satisfaction survey after a meeting with
 * the durable job that invites them. Reports are for managers and the service center; exports (and
 * views that include confidential meetings) are audited.
 */
import dayjs from 'dayjs';
import {
  CHECK_LEVELS, DEPARTMENT_LABELS, DEPARTMENTS, INCIDENT_KINDS, MEETING_MANAGER_ROLES, MEETING_REPORT_ROLES,
  ROLE_LABELS, SERVICE_CENTER_ROLES, SURVEY_INVITE_DELAY_MINUTES, SURVEY_INVITE_MAX_AGE_DAYS, SURVEY_RATING_LABELS, type Role,
} from '@hy/contracts';
import { type Actor, type Ctx, hasRole, isStaffIn, memberProperties, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import type { Db } from '../../../db/client.ts';
import { audit } from '../../audit/audit.service.ts';
import { notify } from '../../notifications/notifications.service.ts';
import { loadWorkCalendar } from '../../calendar/calendar.service.ts';
import { systemCtx } from '../meeting/meeting.context.ts';
import { workbook, type Sheet } from '../../cases/cases.xlsx.ts';
import * as r from './reports.repository.ts';
import { failMeeting } from '../meeting/meeting.errors.ts';
import { iso } from '../meeting/meeting.format.ts';
import { isOrganizerOf } from '../meeting/meeting.policy.ts';
import { isClosed, seesAllClosed } from '../../bookings/confidentiality/confidentiality.policy.ts';
import * as shared from '../meeting/meeting.repository.ts';
import * as staffing from '../staffing/staffing.repository.ts';
import * as taskRepo from '../tasks/tasks.repository.ts';
import { liveStatus } from '../during/during.rules.ts';
import { yuan } from '../fees/fees.rules.ts';
import { average, countBy, dayPeriod, hours, isoWeekOf, localDate, localMonth, monthPeriod, overlapMs, pct, readyBy, readyOnTime, weekPeriod, type Period } from './reports.rules.ts';

export type Format = 'json' | 'xlsx';
export type Xlsx = { filename: string; buf: Buffer };

const LIVE_ZH: Record<string, string> = { preparing: '准备中', ready: '已就绪', in_progress: '进行中', ended: '已结束', cancelled: '已取消', on_hold: '暂停' };
const CHECK_ZH: Record<string, string> = { pending: '待检查', ok: '正常', problem: '有问题', missed: '未按时' };
const INCIDENT_ZH: Record<string, string> = { equipment_failure: '设备故障', noise: '噪音干扰', unauthorized_people: '无关人员闯入', other: '其他' };
const CLASS_ZH: Record<string, string> = { A: 'A类', B: 'B类', C: 'C类' };

/** Report readers: managers and the service center of the property (a non-member gets 404). */
async function reportAccess(ctx: Ctx, propertyId: string) {
  const actor = requireActor(ctx);
  if (!memberProperties(actor).includes(propertyId)) throw errors.notFound();
  if (!hasRole(actor, propertyId, ...MEETING_REPORT_ROLES)) throw errors.forbidden();
  return { actor, tz: (await loadWorkCalendar(ctx.db, propertyId)).timeZone };
}

const closed = isClosed;
/**
 * M12 (confidentiality.policy): a report names a confidential meeting only to those who see every
 * closed meeting of the property (report readers are managers and the service center, who do);
 * anyone else would get the meeting unnamed. Exports are audited with the confidential notices they hold.
 */
const mayName = seesAllClosed;

/** Views that include confidential meetings, and every export, leave an audit event. */
async function auditReport(ctx: Ctx, propertyId: string, kind: string, label: string, format: Format, confidential: string[]) {
  if (format !== 'xlsx' && !confidential.length) return;
  await audit(ctx.db, ctx, {
    action: format === 'xlsx' ? 'meeting_report.exported' : 'meeting_report.viewed', entityType: 'property', entityId: propertyId, propertyId,
    meta: { report: kind, period: label, confidentialNotices: confidential },
  });
}

/** Everything the reports know about the meetings starting in a period. */
async function meetingsIn(ctx: Ctx, actor: Actor, propertyId: string, p: Period) {
  const rows = await r.noticesStarting(ctx.db, propertyId, p.from, p.to);
  const ids = rows.map((x) => x.n.id);
  const [tasks, deps, checks, incidents, surveys, statements] = await Promise.all([
    taskRepo.tasksOf(ctx.db, ids), taskRepo.departmentsOf(ctx.db, ids), r.checksOf(ctx.db, ids), r.incidentsOf(ctx.db, ids), r.surveysOf(ctx.db, ids), r.statementsOf(ctx.db, ids),
  ]);
  const now = ctx.now();
  const named = mayName(actor, propertyId);
  return rows.map(({ n, confidentiality, organizationId }) => {
    const live = tasks.filter((t) => t.noticeId === n.id && t.status !== 'cancelled');
    const d = deps.filter((x) => x.noticeId === n.id && live.some((t) => t.department === x.department));
    const allVerified = d.length > 0 && d.every((x) => x.verifiedAt);
    const status = liveStatus(n, allVerified, now);
    const byOf = (dep: string) => {
      const due = live.filter((t) => t.department === dep && t.dueAt < n.startAt).map((t) => t.dueAt.getTime());
      return readyBy(n.readyDeadline, n.startAt, due.length ? new Date(Math.max(...due)) : null);
    };
    const departments = d.map((x) => ({ ...x, by: byOf(x.department) }));
    return {
      n, confidentiality, organizationId, status, allVerified,
      name: closed(confidentiality) && !named ? null : n.content.meetingName,
      minutes: Math.round((n.endAt.getTime() - n.startAt.getTime()) / 60_000),
      tasks: live, departments, checks: checks.filter((c) => c.noticeId === n.id), incidents: incidents.filter((i) => i.noticeId === n.id),
      survey: surveys.find((s) => s.noticeId === n.id) ?? null, statement: statements.find((s) => s.noticeId === n.id && s.status !== 'void' && s.status !== 'draft') ?? null,
      readyOnTime: n.status === 'active' ? readyOnTime(departments) : null,
      held: n.status === 'active' && (!!n.endedAt || now >= n.endAt),
    };
  });
}
type Meeting = Awaited<ReturnType<typeof meetingsIn>>[number];

const fmt = (tz: string, f = 'YYYY-MM-DD HH:mm') => (d: Date | null) => (d ? dayjs(d).tz(tz).format(f) : null);

// ---------- daily service notice list ----------

export async function daily(ctx: Ctx, q: { propertyId: string; date?: string; format: Format }) {
  const { actor, tz } = await reportAccess(ctx, q.propertyId);
  const date = q.date ?? localDate(ctx.now(), tz);
  const p = dayPeriod(date, tz);
  if (!p) throw errors.field('date', '日期格式应为 YYYY-MM-DD / a date YYYY-MM-DD', 'format');
  const ms = await meetingsIn(ctx, actor, q.propertyId, p);
  const hm = fmt(tz, 'HH:mm');
  const at = fmt(tz);
  const data = ms.map((m) => ({
    id: m.n.id, number: m.n.number, version: m.n.version, status: m.n.status, liveStatus: m.status, liveStatusLabel: LIVE_ZH[m.status],
    startAt: m.n.startAt.toISOString(), endAt: m.n.endAt.toISOString(), time: `${hm(m.n.startAt)}–${hm(m.n.endAt)}`,
    meetingName: m.name, venue: m.n.content.venue.name, venueClass: m.n.content.venue.class, organizerUnit: m.n.content.organizerUnit,
    contact: `${m.n.content.contactName} ${m.n.content.contactPhone}`, attendeeCount: m.n.content.attendeeCount, cupType: m.n.content.cupTypeText,
    confidentiality: m.confidentiality, issuedLate: m.n.issuedLate, readyDeadline: iso(m.n.readyDeadline),
    tasks: { total: m.tasks.length, done: m.tasks.filter((t) => t.status === 'done').length, overdue: m.tasks.filter((t) => t.status === 'open' && t.dueAt <= ctx.now()).length },
    departments: m.departments.map((d) => ({
      department: d.department, label: DEPARTMENT_LABELS[d.department].zh, total: m.tasks.filter((t) => t.department === d.department).length,
      done: m.tasks.filter((t) => t.department === d.department && t.status === 'done').length, readyAt: iso(d.readyAt), verifiedAt: iso(d.verifiedAt),
      readyBy: d.by.toISOString(), readyLate: d.readyAt ? d.readyAt > d.by : ctx.now() > d.by,
    })),
    allVerified: m.allVerified, readyOnTime: m.readyOnTime,
    checks: m.checks.map((c) => ({ level: c.level, status: c.status, dueAt: c.dueAt.toISOString(), checkedAt: iso(c.checkedAt) })),
    incidents: m.incidents.length, openIncidents: m.incidents.filter((i) => !i.resolvedAt).length,
  }));
  const active = data.filter((d) => d.status === 'active');
  const out = {
    report: 'daily' as const, title: '每日服务通知', propertyId: q.propertyId, date, from: p.from.toISOString(), to: p.to.toISOString(),
    summary: {
      meetings: data.length, active: active.length, cancelled: data.filter((d) => d.status === 'cancelled').length, onHold: data.filter((d) => d.status === 'on_hold').length,
      verified: active.filter((d) => d.allVerified).length, attendees: active.reduce((s, d) => s + d.attendeeCount, 0),
      tasks: active.reduce((s, d) => s + d.tasks.total, 0), tasksDone: active.reduce((s, d) => s + d.tasks.done, 0), tasksOverdue: active.reduce((s, d) => s + d.tasks.overdue, 0),
      incidents: data.reduce((s, d) => s + d.incidents, 0), issuedLate: active.filter((d) => d.issuedLate).length,
    },
    data,
  };
  await auditReport(ctx, q.propertyId, 'daily', date, q.format, ms.filter((m) => closed(m.confidentiality)).map((m) => m.n.id));
  if (q.format !== 'xlsx') return out;
  const readiness = (d: (typeof data)[number]) => d.departments.map((x) => `${x.label.replace(/（.*）/, '')}:${x.verifiedAt ? '已核实' : x.readyAt ? '已就绪' : `${x.done}/${x.total}`}`).join('；');
  const sheets: Sheet[] = [{
    name: '每日服务通知', title: `每日服务通知 ${date}（共 ${out.summary.meetings} 场，已核实就绪 ${out.summary.verified} 场）`,
    columns: [
      { header: '通知单号', key: 'number', width: 20 }, { header: '时间', key: 'time', width: 13 }, { header: '会议名称', key: 'meetingName', width: 30 },
      { header: '会场', key: 'venue', width: 22 }, { header: '组织单位', key: 'organizerUnit', width: 24 }, { header: '联系人/电话', key: 'contact', width: 24 },
      { header: '人数', key: 'attendeeCount', width: 8 }, { header: '茶杯', key: 'cup', width: 10 }, { header: '状态', key: 'state', width: 10 },
      { header: '任务完成', key: 'taskDone', width: 10 }, { header: '各部门准备情况', key: 'readiness', width: 60 }, { header: '三级检查', key: 'checks', width: 30 },
      { header: '会中事件', key: 'incidents', width: 10 }, { header: '通知发出过晚', key: 'issuedLate', width: 12 },
    ],
    rows: data.map((d) => ({
      ...d, meetingName: d.meetingName ?? '（涉密）', cup: d.cupType.split('：')[1] ?? d.cupType, state: d.status === 'active' ? d.liveStatusLabel : LIVE_ZH[d.status],
      taskDone: `${d.tasks.done}/${d.tasks.total}`, readiness: readiness(d), checks: d.checks.map((c) => `${c.level}级:${CHECK_ZH[c.status]}`).join('；'),
    })),
  }];
  return { filename: `每日服务通知-${date}.xlsx`, buf: await workbook(sheets) } satisfies Xlsx;
}

// ---------- weekly business briefing ----------

function groupMeetings(ms: Meeting[], key: (m: Meeting) => string) {
  const g = new Map<string, Meeting[]>();
  for (const m of ms) g.set(key(m), [...(g.get(key(m)) ?? []), m]);
  return [...g].map(([k, list]) => ({ key: k, meetings: list.length, hours: hours(list.reduce((s, m) => s + m.minutes * 60_000, 0)), attendees: list.reduce((s, m) => s + m.n.content.attendeeCount, 0) }));
}

function satisfactionOf(ms: Meeting[], named: boolean) {
  const answered = ms.filter((m) => m.survey?.answeredAt);
  const ratings = answered.map((m) => m.survey!.rating!);
  return {
    invited: ms.filter((m) => m.survey?.invitedAt).length, answered: answered.length, responseRate: pct(answered.length, ms.length), averageRating: average(ratings),
    satisfiedRate: pct(ratings.filter((x) => x >= 4).length, ratings.length),
    distribution: ([1, 2, 3, 4, 5] as const).map((rating) => ({ rating, label: SURVEY_RATING_LABELS[rating], count: ratings.filter((x) => x === rating).length })),
    comments: answered.filter((m) => m.survey!.comment).map((m) => ({
      noticeId: m.n.id, number: m.n.number, meetingName: named || !closed(m.confidentiality) ? m.n.content.meetingName : null, organizerUnit: m.n.content.organizerUnit,
      rating: m.survey!.rating!, comment: m.survey!.comment!, answeredAt: m.survey!.answeredAt!.toISOString(),
    })),
  };
}

function feesOf(ms: Meeting[]) {
  const st = ms.map((m) => m.statement).filter((s): s is NonNullable<Meeting['statement']> => !!s);
  const billed = st.reduce((s, x) => s + x.totalFen, 0);
  const paid = st.reduce((s, x) => s + x.paidFen, 0);
  return {
    statements: st.length, confirmed: st.filter((s) => s.status === 'confirmed').length, paidInFull: st.filter((s) => s.paymentStatus === 'paid').length,
    billedFen: billed, paidFen: paid, dueFen: billed - paid, billed: yuan(billed), paid: yuan(paid), due: yuan(billed - paid), currency: 'CNY',
    withoutStatement: ms.filter((m) => m.held && !m.statement).length,
  };
}

export async function weekly(ctx: Ctx, q: { propertyId: string; week?: string; format: Format }) {
  const { actor, tz } = await reportAccess(ctx, q.propertyId);
  const week = q.week ?? isoWeekOf(ctx.now(), tz);
  const p = weekPeriod(week, tz);
  if (!p) throw errors.field('week', '周格式应为 YYYY-Www（ISO 周）/ an ISO week YYYY-Www', 'format');
  const all = await meetingsIn(ctx, actor, q.propertyId, p);
  const ms = all.filter((m) => m.n.status === 'active');
  const held = ms.filter((m) => m.held);
  const named = mayName(actor, q.propertyId);
  const incidents = all.flatMap((m) => m.incidents.map((i) => ({ i, m })));
  const withReadiness = held.filter((m) => m.readyOnTime !== null);
  const pastTasks = held.flatMap((m) => m.tasks);
  const checks = held.flatMap((m) => m.checks);
  const out = {
    report: 'weekly' as const, title: '每周业务简报', propertyId: q.propertyId, week, from: p.from.toISOString(), to: p.to.toISOString(), days: p.days,
    summary: {
      meetings: ms.length, held: held.length, upcoming: ms.length - held.length, cancelled: all.filter((m) => m.n.status === 'cancelled').length,
      attendees: held.reduce((s, m) => s + m.n.content.attendeeCount, 0), hours: hours(held.reduce((s, m) => s + m.minutes * 60_000, 0)),
      issuedLate: ms.filter((m) => m.n.issuedLate).length, incidents: incidents.length,
    },
    byClass: groupMeetings(held, (m) => m.n.content.venue.class).map((g) => ({ venueClass: g.key, label: CLASS_ZH[g.key] ?? g.key, ...g, key: undefined })).sort((a, b) => a.venueClass.localeCompare(b.venueClass)),
    byVenue: groupMeetings(held, (m) => m.n.content.venue.name).map((g) => ({ venue: g.key, venueClass: held.find((m) => m.n.content.venue.name === g.key)!.n.content.venue.class, ...g, key: undefined }))
      .sort((a, b) => b.meetings - a.meetings || a.venue.localeCompare(b.venue)),
    byDay: p.days.map((day) => ({ date: day, meetings: held.filter((m) => localDate(m.n.startAt, tz) === day).length })),
    incidents: {
      total: incidents.length, serious: incidents.filter((x) => x.i.severity === 'serious').length, unresolved: incidents.filter((x) => !x.i.resolvedAt).length,
      byKind: INCIDENT_KINDS.map((k) => ({ kind: k, label: INCIDENT_ZH[k], count: incidents.filter((x) => x.i.kind === k).length })),
      list: incidents.map(({ i, m }) => ({
        id: i.id, noticeId: m.n.id, number: m.n.number, meetingName: named || !closed(m.confidentiality) ? m.n.content.meetingName : null, venue: m.n.content.venue.name,
        kind: i.kind, kindLabel: INCIDENT_ZH[i.kind], severity: i.severity, description: i.description, handling: i.handling, reportedAt: i.reportedAt.toISOString(), resolvedAt: iso(i.resolvedAt),
      })),
    },
    readiness: {
      meetings: withReadiness.length, onTime: withReadiness.filter((m) => m.readyOnTime).length, onTimeRate: pct(withReadiness.filter((m) => m.readyOnTime).length, withReadiness.length),
      byDepartment: DEPARTMENTS.map((d) => {
        const rows = held.flatMap((m) => m.departments.filter((x) => x.department === d).map((x) => ({ x, m })));
        const ok = rows.filter(({ x }) => x.readyAt && x.readyAt <= x.by).length;
        return { department: d, label: DEPARTMENT_LABELS[d].zh, meetings: rows.length, onTime: ok, onTimeRate: pct(ok, rows.length), verified: rows.filter(({ x }) => x.verifiedAt).length };
      }).filter((d) => d.meetings > 0),
      tasks: { total: pastTasks.length, done: pastTasks.filter((t) => t.status === 'done').length, onTime: pastTasks.filter((t) => t.status === 'done' && t.doneAt! <= t.dueAt).length,
        onTimeRate: pct(pastTasks.filter((t) => t.status === 'done' && t.doneAt! <= t.dueAt).length, pastTasks.length) },
      checks: CHECK_LEVELS.map((c) => {
        const mine = checks.filter((x) => x.level === c.level);
        return { level: c.level, label: c.zh, ...Object.fromEntries(countBy(mine, (x) => x.status).map((x) => [x.key, x.count])), total: mine.length };
      }),
    },
    satisfaction: satisfactionOf(held, named),
    fees: { ...feesOf(held), received: await r.paymentsIn(ctx.db, q.propertyId, p.from, p.to).then((x) => ({ ...x, amount: yuan(x.fen) })) },
  };
  await auditReport(ctx, q.propertyId, 'weekly', week, q.format, all.filter((m) => closed(m.confidentiality)).map((m) => m.n.id));
  if (q.format !== 'xlsx') return out;
  const s = out.summary;
  const kv = (rows: [string, unknown][]) => rows.map(([k, v]) => ({ k, v }));
  const sheets: Sheet[] = [
    {
      name: '简报概要', title: `每周业务简报 ${week}（${p.days[0]} 至 ${p.days[6]}）`, columns: [{ header: '项目', key: 'k', width: 28 }, { header: '数值', key: 'v', width: 20 }],
      rows: kv([
        ['会议场次（已召开）', s.held], ['本周待召开', s.upcoming], ['取消场次', s.cancelled], ['与会人数', s.attendees], ['会议时长（小时）', s.hours],
        ['通知单发出过晚', s.issuedLate], ['会中事件', s.incidents], ['重大事件', out.incidents.serious], ['未处理完毕事件', out.incidents.unresolved],
        ['准备按时就绪率（%）', out.readiness.onTimeRate ?? '-'], ['任务按时完成率（%）', out.readiness.tasks.onTimeRate ?? '-'],
        ['满意度调查回收', `${out.satisfaction.answered}/${s.held}`], ['平均满意度（1–5）', out.satisfaction.averageRating ?? '-'], ['满意率（%）', out.satisfaction.satisfiedRate ?? '-'],
        ['费用确认单（份）', out.fees.statements], ['应收（元）', out.fees.billed], ['已收（元）', out.fees.paid], ['未收（元）', out.fees.due], ['本周到账（元）', out.fees.received.amount],
      ]),
    },
    { name: '按会场类别', columns: [{ header: '类别', key: 'label' }, { header: '场次', key: 'meetings' }, { header: '时长（小时）', key: 'hours' }, { header: '与会人数', key: 'attendees' }], rows: out.byClass },
    { name: '按会场', columns: [{ header: '会场', key: 'venue', width: 26 }, { header: '类别', key: 'venueClass' }, { header: '场次', key: 'meetings' }, { header: '时长（小时）', key: 'hours' }, { header: '与会人数', key: 'attendees' }], rows: out.byVenue },
    {
      name: '会中事件', columns: [{ header: '通知单号', key: 'number', width: 20 }, { header: '会议名称', key: 'meetingName', width: 28 }, { header: '会场', key: 'venue', width: 22 }, { header: '类型', key: 'kindLabel' },
        { header: '严重程度', key: 'sev' }, { header: '情况', key: 'description', width: 40 }, { header: '处理', key: 'handling', width: 30 }, { header: '报告时间', key: 'at', width: 18 }, { header: '处理完毕', key: 'resolved', width: 18 }],
      rows: out.incidents.list.map((i) => ({ ...i, meetingName: i.meetingName ?? '（涉密）', sev: i.severity === 'serious' ? '重大' : '一般', at: fmt(tz)(new Date(i.reportedAt)), resolved: i.resolvedAt ? fmt(tz)(new Date(i.resolvedAt)) : '未处理完毕' })),
    },
    { name: '准备就绪', columns: [{ header: '部门', key: 'label', width: 26 }, { header: '会议场次', key: 'meetings' }, { header: '按时就绪', key: 'onTime' }, { header: '按时率（%）', key: 'onTimeRate' }, { header: '已核实', key: 'verified' }], rows: out.readiness.byDepartment },
    {
      name: '满意度', columns: [{ header: '通知单号', key: 'number', width: 20 }, { header: '会议名称', key: 'meetingName', width: 28 }, { header: '组织单位', key: 'organizerUnit', width: 24 }, { header: '评分', key: 'rating' }, { header: '意见', key: 'comment', width: 50 }],
      rows: out.satisfaction.comments.map((c) => ({ ...c, meetingName: c.meetingName ?? '（涉密）' })),
    },
  ];
  return { filename: `每周业务简报-${week}.xlsx`, buf: await workbook(sheets) } satisfies Xlsx;
}

// ---------- monthly usage, fees and staff workload ----------

export async function monthly(ctx: Ctx, q: { propertyId: string; month?: string; format: Format }) {
  const { actor, tz } = await reportAccess(ctx, q.propertyId);
  const month = q.month ?? localMonth(ctx.now(), tz);
  const p = monthPeriod(month, tz);
  if (!p) throw errors.field('month', '月份格式应为 YYYY-MM / a month YYYY-MM', 'format');
  const now = ctx.now();
  const [vs, booked, all, done, assigned, shifts] = await Promise.all([
    r.venuesOf(ctx.db, q.propertyId), r.confirmedBookings(ctx.db, q.propertyId, p.from, p.to), meetingsIn(ctx, actor, q.propertyId, p),
    r.tasksDone(ctx.db, q.propertyId, p.from, p.to), staffing.workload(ctx.db, q.propertyId, p.from, p.to), staffing.shiftsIn(ctx.db, { propertyId: q.propertyId, from: p.from, to: p.to }),
  ]);
  const ms = all.filter((m) => m.n.status === 'active');
  const usedMs = (m: Meeting) => (m.held ? Math.max(0, (m.n.endedAt ?? m.n.endAt).getTime() - (m.n.startedAt ?? m.n.startAt).getTime()) : 0);
  const venues = vs.map((v) => {
    const b = booked.filter((x) => x.venueId === v.id);
    const mine = ms.filter((m) => m.n.venueId === v.id);
    const f = feesOf(mine);
    const bookedMs = b.reduce((s, x) => s + overlapMs(x.startAt, x.endAt, p.from, p.to), 0);
    const used = mine.reduce((s, m) => s + usedMs(m), 0);
    return {
      venueId: v.id, code: v.code, venue: v.name, venueClass: v.cls, bookings: b.length, hoursBooked: hours(bookedMs), meetingsHeld: mine.filter((m) => m.held).length, hoursUsed: hours(used),
      utilisation: pct(used, bookedMs), attendees: mine.filter((m) => m.held).reduce((s, m) => s + m.n.content.attendeeCount, 0),
      statements: f.statements, billedFen: f.billedFen, paidFen: f.paidFen, billed: f.billed, paid: f.paid,
    };
  }).filter((v) => v.bookings || v.meetingsHeld || v.statements || vs.find((x) => x.id === v.venueId)!.bookable);
  const byOrg = new Map<string, Meeting[]>();
  for (const m of ms) byOrg.set(m.n.content.organizerUnit, [...(byOrg.get(m.n.content.organizerUnit) ?? []), m]);
  const organizations = [...byOrg].map(([unit, list]) => ({ organizerUnit: unit, meetings: list.length, ...feesOf(list) })).sort((a, b) => b.billedFen - a.billedFen || b.meetings - a.meetings);

  type Person = { userId: string; name: string; roles: string; tasksDone: number; tasksOnTime: number; tasksAssigned: number; meetings: number; meetingHours: number; shiftHours: number; overtimeHours: number };
  const people = new Map<string, Person>();
  const person = (id: string) => people.get(id) ?? people.set(id, { userId: id, name: '', roles: '', tasksDone: 0, tasksOnTime: 0, tasksAssigned: 0, meetings: 0, meetingHours: 0, shiftHours: 0, overtimeHours: 0 }).get(id)!;
  const worked = new Map<string, Map<string, number>>();
  for (const t of done) {
    if (!t.userId) continue;
    const x = person(t.userId);
    x.tasksDone++;
    if (t.doneAt && t.doneAt <= t.dueAt) x.tasksOnTime++;
    const w = worked.get(t.userId) ?? worked.set(t.userId, new Map()).get(t.userId)!;
    w.set(t.noticeId, t.endAt.getTime() - t.startAt.getTime());
  }
  for (const a of assigned) { const x = person(a.userId); x.tasksAssigned = a.tasks; x.name = a.name; }
  for (const { shift: s, name } of shifts) {
    const x = person(s.userId);
    x.name = name;
    const h = overlapMs(s.startsAt, s.endsAt, p.from, p.to);
    x.shiftHours += h;
    if (s.overtime) x.overtimeHours += h;
  }
  const names = await shared.userNames(ctx.db, [...people.keys()]);
  const staffRoles = new Map((await staffing.staffOf(ctx.db, q.propertyId)).map((s) => [s.id, s.roles]));
  const staff = [...people.values()].map((x) => {
    const w = worked.get(x.userId);
    return {
      ...x, name: x.name || names.get(x.userId) || '', roles: (staffRoles.get(x.userId) ?? []).map((r) => ROLE_LABELS[r as Role]?.zh ?? r).join('、'),
      meetings: w?.size ?? 0, meetingHours: hours([...(w?.values() ?? [])].reduce((s, v) => s + v, 0)), shiftHours: hours(x.shiftHours), overtimeHours: hours(x.overtimeHours),
      onTimeRate: pct(x.tasksOnTime, x.tasksDone),
    };
  }).sort((a, b) => b.tasksDone - a.tasksDone || a.name.localeCompare(b.name));

  const totalBookedMs = booked.reduce((s, x) => s + overlapMs(x.startAt, x.endAt, p.from, p.to), 0);
  const totalUsed = ms.reduce((s, m) => s + usedMs(m), 0);
  const out = {
    report: 'monthly' as const, title: '月度会场使用、费用及人员工作量', propertyId: q.propertyId, month, from: p.from.toISOString(), to: p.to.toISOString(),
    summary: {
      bookings: booked.length, hoursBooked: hours(totalBookedMs), meetingsHeld: ms.filter((m) => m.held).length, hoursUsed: hours(totalUsed), utilisation: pct(totalUsed, totalBookedMs),
      cancelled: all.filter((m) => m.n.status === 'cancelled').length, ...feesOf(ms),
      received: await r.paymentsIn(ctx.db, q.propertyId, p.from, p.to).then((x) => ({ ...x, amount: yuan(x.fen) })),
      satisfaction: (({ comments: _c, ...rest }) => rest)(satisfactionOf(ms.filter((m) => m.held), true)),
      tasksDone: done.length, asOf: now.toISOString(),
    },
    venues, organizations, staff,
  };
  await auditReport(ctx, q.propertyId, 'monthly', month, q.format, []);
  if (q.format !== 'xlsx') return out;
  const s = out.summary;
  const sheets: Sheet[] = [
    {
      name: '会场使用', title: `${month} 会场使用及费用（预订 ${s.hoursBooked} 小时，实际使用 ${s.hoursUsed} 小时；应收 ¥${s.billed}，已收 ¥${s.paid}）`,
      columns: [
        { header: '会场编号', key: 'code', width: 12 }, { header: '会场', key: 'venue', width: 26 }, { header: '类别', key: 'venueClass', width: 8 }, { header: '预订场次', key: 'bookings' },
        { header: '预订时长（小时）', key: 'hoursBooked' }, { header: '召开场次', key: 'meetingsHeld' }, { header: '使用时长（小时）', key: 'hoursUsed' }, { header: '使用率（%）', key: 'utilisation' },
        { header: '与会人数', key: 'attendees' }, { header: '费用确认单', key: 'statements' }, { header: '应收（元）', key: 'billed' }, { header: '已收（元）', key: 'paid' },
      ],
      rows: venues,
    },
    {
      name: '组织单位费用', columns: [{ header: '组织单位', key: 'organizerUnit', width: 28 }, { header: '会议场次', key: 'meetings' }, { header: '费用确认单', key: 'statements' },
        { header: '应收（元）', key: 'billed' }, { header: '已收（元）', key: 'paid' }, { header: '未收（元）', key: 'due' }],
      rows: organizations,
    },
    {
      name: '人员工作量', columns: [
        { header: '姓名', key: 'name', width: 12 }, { header: '岗位', key: 'roles', width: 20 }, { header: '完成任务', key: 'tasksDone' }, { header: '按时完成率（%）', key: 'onTimeRate' },
        { header: '安排任务', key: 'tasksAssigned' }, { header: '服务会议', key: 'meetings' }, { header: '会议时长（小时）', key: 'meetingHours' }, { header: '排班工时（小时）', key: 'shiftHours' }, { header: '加班工时（小时）', key: 'overtimeHours' },
      ],
      rows: staff,
    },
  ];
  return { filename: `月度报表-${month}.xlsx`, buf: await workbook(sheets) } satisfies Xlsx;
}

// ---------- satisfaction survey ----------

const presentSurvey = (s: r.SurveyRow | null) => s && ({
  noticeId: s.noticeId, invitedAt: iso(s.invitedAt), rating: s.rating, ratingLabel: s.rating ? SURVEY_RATING_LABELS[s.rating as 1] : null, comment: s.comment, answeredAt: iso(s.answeredAt),
});
const isOver = (n: { status: string; endAt: Date; endedAt: Date | null }, now: Date) => n.status === 'active' && (!!n.endedAt || now >= n.endAt);

async function surveyNotice(ctx: Ctx, noticeId: string) {
  const actor = requireActor(ctx);
  const found = await shared.noticeWithOrganization(ctx.db, noticeId);
  if (!found || !memberProperties(actor).includes(found.notice.propertyId)) throw errors.notFound('service notice');
  return { actor, n: found.notice, organizationId: found.organizationId, asOrganizer: isOrganizerOf(actor, found.notice.propertyId, found.organizationId) };
}

/** The survey of a meeting: its organizer, or report readers. */
export async function getSurvey(ctx: Ctx, noticeId: string) {
  const { actor, n, asOrganizer } = await surveyNotice(ctx, noticeId);
  if (!asOrganizer && !hasRole(actor, n.propertyId, ...MEETING_REPORT_ROLES)) throw isStaffIn(actor, n.propertyId) ? errors.forbidden() : errors.notFound('service notice');
  const s = await r.findSurvey(ctx.db, noticeId);
  return {
    noticeId, number: n.number, meetingName: n.content.meetingName, venue: n.content.venue.name, startAt: n.startAt.toISOString(), endAt: n.endAt.toISOString(),
    open: isOver(n, ctx.now()), survey: presentSurvey(s), policies: { answer: asOrganizer && isOver(n, ctx.now()) && !s?.answeredAt },
  };
}

/** The organizing unit's organizer rates the meeting once, after it ended; a low rating alerts the service center and managers. */
export async function answerSurvey(ctx: Ctx, noticeId: string, input: { rating: number; comment?: string | null }) {
  const { actor, n, organizationId, asOrganizer } = await surveyNotice(ctx, noticeId);
  if (!asOrganizer) throw isStaffIn(actor, n.propertyId) ? errors.forbidden('只有会议组织单位可以填写满意度调查') : errors.notFound('service notice');
  const now = ctx.now();
  if (!isOver(n, now)) throw failMeeting('survey_not_open', undefined, { status: n.status, endAt: n.endAt.toISOString() });
  return ctx.db.transaction(async (tx) => {
    const row = await r.answerSurvey(tx, { noticeId, propertyId: n.propertyId, organizationId, rating: input.rating, comment: input.comment ?? null, answeredBy: actor.id, answeredAt: now });
    if (!row) throw failMeeting('survey_exists');
    await audit(tx, ctx, { action: 'meeting_survey.answered', entityType: 'service_notice', entityId: noticeId, propertyId: n.propertyId, before: null, after: { rating: row.rating, comment: row.comment } });
    if (input.rating <= 2) {
      await notify(tx, {
        propertyId: n.propertyId, roles: [...SERVICE_CENTER_ROLES, ...MEETING_MANAGER_ROLES], kind: 'meetings.survey_low', severity: 'warning',
        title: `会议满意度偏低 ${n.number}`, body: `${n.content.organizerUnit}：${SURVEY_RATING_LABELS[input.rating as 1]}${input.comment ? `——${input.comment}` : ''}`,
        link: `/service-notices/${noticeId}`, data: { noticeId, rating: input.rating },
      });
    }
    return presentSurvey(row)!;
  });
}

/**
 * The survey job's pass: every meeting over since SURVEY_INVITE_MAX_AGE_DAYS (ended, or past its end
 * by SURVEY_INVITE_DELAY_MINUTES) that has no survey row gets one invitation row, and its organizing
 * unit's organizers a notification. The row's primary key makes reruns and a second instance harmless.
 */
export async function inviteSurveys(db: Db, now: Date, propertyId?: string) {
  let invited = 0;
  const since = new Date(now.getTime() - SURVEY_INVITE_MAX_AGE_DAYS * 86_400_000);
  for (;;) {
    const batch = await r.surveyCandidates(db, now, SURVEY_INVITE_DELAY_MINUTES * 60_000, since, propertyId);
    for (const { notice: n, organizationId } of batch) {
      await db.transaction(async (tx) => {
        const row = await r.insertInvite(tx, { noticeId: n.id, propertyId: n.propertyId, organizationId, invitedAt: now });
        if (!row) return;
        invited++;
        const tz = (await loadWorkCalendar(tx, n.propertyId)).timeZone;
        const userIds = await shared.organizerUserIds(tx, n.propertyId, organizationId);
        await notify(tx, {
          propertyId: n.propertyId, userIds, kind: 'meetings.survey_invite', title: `会议满意度调查 ${n.number}`,
          body: `${closed(n.content.confidentiality) ? '' : `${n.content.meetingName} `}${n.content.venue.name} ${dayjs(n.startAt).tz(tz).format('MM-DD HH:mm')} 已结束，请对本次会务服务进行评价（1–5分）`,
          link: `/service-notices/${n.id}/survey`, data: { noticeId: n.id },
        });
        await audit(tx, systemCtx(tx, now), { action: 'meeting_survey.invited', entityType: 'service_notice', entityId: n.id, propertyId: n.propertyId, meta: { recipients: userIds.length } });
      });
    }
    if (batch.length < 200) break;
  }
  return invited;
}
