/**
 * Meeting reports (SPEC M10, seed 003 信息处理中心 "编制每日服务通知及每周业务简报"): what the daily
 * (daily.service.ts), weekly (weekly.service.ts) and monthly (monthly.service.ts) reports share —
 * who may read them, the meetings of a period with everything known about them, the audit of views
 * and exports, the satisfaction and fee summaries. Reports are for managers and the service
 * center; exports (and views that include confidential meetings) are audited. The organizer's
 * satisfaction survey is survey.service.ts.
 */
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { MEETING_REPORT_ROLES, SURVEY_RATING_LABELS } from '@hy/contracts';
import { type Actor, type Ctx, hasRole, memberProperties, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { audit } from '../../audit/index.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import * as r from './reports.repository.ts';
import { isClosed, seesAllClosed } from '../../bookings/index.ts';
import * as taskRepo from '../tasks/tasks.repository.ts';
import { liveStatus } from '../during/during.rules.ts';
import { yuan } from '@hy/contracts';
import { openingPeriodsAt, type Period } from '../../../lib/periods.ts';
import { average, hours, pct, readyBy, readyOnTime } from './reports.rules.ts';

export type Format = 'json' | 'xlsx';
export type Xlsx = { filename: string; buf: Buffer };

export const LIVE_ZH: Record<string, string> = {
  preparing: '准备中',
  ready: '已就绪',
  in_progress: '进行中',
  ended: '已结束',
  cancelled: '已取消',
  on_hold: '暂停',
};
export const CHECK_ZH: Record<string, string> = { pending: '待检查', ok: '正常', problem: '有问题', missed: '未按时' };
export const INCIDENT_ZH: Record<string, string> = {
  equipment_failure: '设备故障',
  noise: '噪音干扰',
  unauthorized_people: '无关人员闯入',
  other: '其他',
};
export const CLASS_ZH: Record<string, string> = { A: 'A类', B: 'B类', C: 'C类' };

/** Report readers: managers and the service center of the property (a non-member gets 404). */
export async function reportAccess(ctx: Ctx, propertyId: string) {
  const actor = requireActor(ctx);
  if (!memberProperties(actor).includes(propertyId)) throw errors.notFound();
  if (!hasRole(actor, propertyId, ...MEETING_REPORT_ROLES)) throw errors.forbidden();
  return { actor, tz: (await loadWorkCalendar(ctx.db, propertyId)).timeZone };
}

export const closed = isClosed;
/**
 * M12 (confidentiality.policy): a report names a confidential meeting only to those who see every
 * closed meeting of the property (report readers are managers and the service center, who do);
 * anyone else would get the meeting unnamed. Exports are audited with the confidential notices they hold.
 */
export const mayName = seesAllClosed;

/** The periods the report page opens on: those where a meeting is on (today) or has started (this week, month), else the last complete ones. */
export async function openingPeriodsOf(ctx: Ctx, propertyId: string) {
  const { tz } = await reportAccess(ctx, propertyId);
  return openingPeriodsAt(ctx.now(), tz, (p) => r.anyNoticeStarting(ctx.db, propertyId, p.from, p.to));
}

/** Views that include confidential meetings, and every export, leave an audit event. */
export async function auditReport(ctx: Ctx, propertyId: string, kind: string, label: string, format: Format, confidential: string[]) {
  if (format !== 'xlsx' && !confidential.length) return;
  await audit(ctx.db, ctx, {
    action: format === 'xlsx' ? 'meeting_report.exported' : 'meeting_report.viewed',
    entityType: 'property',
    entityId: propertyId,
    propertyId,
    meta: { report: kind, period: label, confidentialNotices: confidential },
  });
}

/** Everything the reports know about the meetings starting in a period. */
export async function meetingsIn(ctx: Ctx, actor: Actor, propertyId: string, p: Period) {
  const rows = await r.noticesStarting(ctx.db, propertyId, p.from, p.to);
  const ids = rows.map((x) => x.n.id);
  const [tasks, deps, checks, incidents, surveys, statements] = await Promise.all([
    taskRepo.tasksOf(ctx.db, ids),
    taskRepo.departmentsOf(ctx.db, ids),
    r.checksOf(ctx.db, ids),
    r.incidentsOf(ctx.db, ids),
    r.surveysOf(ctx.db, ids),
    r.statementsOf(ctx.db, ids),
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
      n,
      confidentiality,
      organizationId,
      status,
      allVerified,
      name: closed(confidentiality) && !named ? null : n.content.meetingName,
      minutes: Math.round((n.endAt.getTime() - n.startAt.getTime()) / 60_000),
      tasks: live,
      departments,
      checks: checks.filter((c) => c.noticeId === n.id),
      incidents: incidents.filter((i) => i.noticeId === n.id),
      survey: surveys.find((s) => s.noticeId === n.id) ?? null,
      statement: statements.find((s) => s.noticeId === n.id && s.status !== 'void' && s.status !== 'draft') ?? null,
      readyOnTime: n.status === 'active' ? readyOnTime(departments) : null,
      held: n.status === 'active' && (!!n.endedAt || now >= n.endAt),
    };
  });
}
export type Meeting = Awaited<ReturnType<typeof meetingsIn>>[number];

export const fmt =
  (tz: string, f = 'YYYY-MM-DD HH:mm') =>
  (d: Date | null) =>
    d ? dayjs(d).tz(tz).format(f) : null;

export function groupMeetings(ms: Meeting[], key: (m: Meeting) => string) {
  const g = new Map<string, Meeting[]>();
  for (const m of ms) g.set(key(m), [...(g.get(key(m)) ?? []), m]);
  return [...g].map(([k, list]) => ({
    key: k,
    meetings: list.length,
    hours: hours(list.reduce((s, m) => s + m.minutes * 60_000, 0)),
    attendees: list.reduce((s, m) => s + m.n.content.attendeeCount, 0),
  }));
}

export function satisfactionOf(ms: Meeting[], named: boolean) {
  const answered = ms.filter((m) => m.survey?.answeredAt);
  const ratings = answered.map((m) => m.survey!.rating!);
  return {
    invited: ms.filter((m) => m.survey?.invitedAt).length,
    answered: answered.length,
    responseRate: pct(answered.length, ms.length),
    averageRating: average(ratings),
    satisfiedRate: pct(ratings.filter((x) => x >= 4).length, ratings.length),
    distribution: ([1, 2, 3, 4, 5] as const).map((rating) => ({
      rating,
      label: SURVEY_RATING_LABELS[rating],
      count: ratings.filter((x) => x === rating).length,
    })),
    comments: answered
      .filter((m) => m.survey!.comment)
      .map((m) => ({
        noticeId: m.n.id,
        number: m.n.number,
        meetingName: named || !closed(m.confidentiality) ? m.n.content.meetingName : null,
        organizerUnit: m.n.content.organizerUnit,
        rating: m.survey!.rating!,
        comment: m.survey!.comment!,
        answeredAt: m.survey!.answeredAt!.toISOString(),
      })),
  };
}

export function feesOf(ms: Meeting[]) {
  const st = ms.map((m) => m.statement).filter((s): s is NonNullable<Meeting['statement']> => !!s);
  const billed = st.reduce((s, x) => s + x.totalFen, 0);
  const paid = st.reduce((s, x) => s + x.paidFen, 0);
  return {
    statements: st.length,
    confirmed: st.filter((s) => s.status === 'confirmed').length,
    paidInFull: st.filter((s) => s.paymentStatus === 'paid').length,
    billedFen: billed,
    paidFen: paid,
    dueFen: billed - paid,
    billed: yuan(billed),
    paid: yuan(paid),
    due: yuan(billed - paid),
    currency: 'CNY',
    withoutStatement: ms.filter((m) => m.held && !m.statement).length,
  };
}
