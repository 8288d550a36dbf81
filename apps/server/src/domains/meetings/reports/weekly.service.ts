/** 每周业务简报 (SPEC M10): meetings by class and venue, incidents, readiness on time, satisfaction, fees — JSON or .xlsx. */
import { CHECK_LEVELS, DEPARTMENT_LABELS, DEPARTMENTS, INCIDENT_KINDS } from '@hy/contracts';
import { type Ctx } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { workbook, type Sheet } from '../../../lib/xlsx.ts';
import * as r from './reports.repository.ts';
import { iso } from '../meeting/meeting.format.ts';
import { yuan } from '@hy/contracts';
import { isoWeekOf, localDate, weekPeriod } from '../../../lib/periods.ts';
import { countBy, hours, pct } from './reports.rules.ts';
import {
  CLASS_ZH,
  INCIDENT_ZH,
  auditReport,
  closed,
  feesOf,
  fmt,
  groupMeetings,
  mayName,
  meetingsIn,
  reportAccess,
  satisfactionOf,
  type Format,
  type Xlsx,
} from './reports.service.ts';

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
    report: 'weekly' as const,
    title: '每周业务简报',
    propertyId: q.propertyId,
    week,
    from: p.from.toISOString(),
    to: p.to.toISOString(),
    days: p.days,
    summary: {
      meetings: ms.length,
      held: held.length,
      upcoming: ms.length - held.length,
      cancelled: all.filter((m) => m.n.status === 'cancelled').length,
      attendees: held.reduce((s, m) => s + m.n.content.attendeeCount, 0),
      hours: hours(held.reduce((s, m) => s + m.minutes * 60_000, 0)),
      issuedLate: ms.filter((m) => m.n.issuedLate).length,
      incidents: incidents.length,
    },
    byClass: groupMeetings(held, (m) => m.n.content.venue.class)
      .map((g) => ({ venueClass: g.key, label: CLASS_ZH[g.key] ?? g.key, meetings: g.meetings, hours: g.hours, attendees: g.attendees }))
      .sort((a, b) => a.venueClass.localeCompare(b.venueClass)),
    byVenue: groupMeetings(held, (m) => m.n.content.venue.name)
      .map((g) => ({
        venue: g.key,
        venueClass: held.find((m) => m.n.content.venue.name === g.key)!.n.content.venue.class,
        meetings: g.meetings,
        hours: g.hours,
        attendees: g.attendees,
      }))
      .sort((a, b) => b.meetings - a.meetings || a.venue.localeCompare(b.venue)),
    byDay: p.days.map((day) => ({ date: day, meetings: held.filter((m) => localDate(m.n.startAt, tz) === day).length })),
    incidents: {
      total: incidents.length,
      serious: incidents.filter((x) => x.i.severity === 'serious').length,
      unresolved: incidents.filter((x) => !x.i.resolvedAt).length,
      byKind: INCIDENT_KINDS.map((k) => ({ kind: k, label: INCIDENT_ZH[k], count: incidents.filter((x) => x.i.kind === k).length })),
      list: incidents.map(({ i, m }) => ({
        id: i.id,
        noticeId: m.n.id,
        number: m.n.number,
        meetingName: named || !closed(m.confidentiality) ? m.n.content.meetingName : null,
        venue: m.n.content.venue.name,
        kind: i.kind,
        kindLabel: INCIDENT_ZH[i.kind],
        severity: i.severity,
        description: i.description,
        handling: i.handling,
        reportedAt: i.reportedAt.toISOString(),
        resolvedAt: iso(i.resolvedAt),
      })),
    },
    readiness: {
      meetings: withReadiness.length,
      onTime: withReadiness.filter((m) => m.readyOnTime).length,
      onTimeRate: pct(withReadiness.filter((m) => m.readyOnTime).length, withReadiness.length),
      byDepartment: DEPARTMENTS.map((d) => {
        const rows = held.flatMap((m) => m.departments.filter((x) => x.department === d).map((x) => ({ x, m })));
        const ok = rows.filter(({ x }) => x.readyAt && x.readyAt <= x.by).length;
        return {
          department: d,
          label: DEPARTMENT_LABELS[d].zh,
          meetings: rows.length,
          onTime: ok,
          onTimeRate: pct(ok, rows.length),
          verified: rows.filter(({ x }) => x.verifiedAt).length,
        };
      }).filter((d) => d.meetings > 0),
      tasks: {
        total: pastTasks.length,
        done: pastTasks.filter((t) => t.status === 'done').length,
        onTime: pastTasks.filter((t) => t.status === 'done' && t.doneAt! <= t.dueAt).length,
        onTimeRate: pct(pastTasks.filter((t) => t.status === 'done' && t.doneAt! <= t.dueAt).length, pastTasks.length),
      },
      checks: CHECK_LEVELS.map((c) => {
        const mine = checks.filter((x) => x.level === c.level);
        return {
          level: c.level,
          label: c.zh,
          ...Object.fromEntries(countBy(mine, (x) => x.status).map((x) => [x.key, x.count])),
          total: mine.length,
        };
      }),
    },
    satisfaction: satisfactionOf(held, named),
    fees: {
      ...feesOf(held),
      received: await r.paymentsIn(ctx.db, q.propertyId, p.from, p.to).then((x) => ({ count: x.count, fen: x.fen, amount: yuan(x.fen) })),
    },
  };
  await auditReport(
    ctx,
    q.propertyId,
    'weekly',
    week,
    q.format,
    all.filter((m) => closed(m.confidentiality)).map((m) => m.n.id),
  );
  if (q.format !== 'xlsx') return out;
  const s = out.summary;
  const kv = (rows: [string, unknown][]) => rows.map(([k, v]) => ({ k, v }));
  const sheets: Sheet[] = [
    {
      name: '简报概要',
      title: `每周业务简报 ${week}（${p.days[0]} 至 ${p.days[6]}）`,
      columns: [
        { header: '项目', key: 'k', width: 28 },
        { header: '数值', key: 'v', width: 20 },
      ],
      rows: kv([
        ['会议场次（已召开）', s.held],
        ['本周待召开', s.upcoming],
        ['取消场次', s.cancelled],
        ['与会人数', s.attendees],
        ['会议时长（小时）', s.hours],
        ['通知单发出过晚', s.issuedLate],
        ['会中事件', s.incidents],
        ['重大事件', out.incidents.serious],
        ['未处理完毕事件', out.incidents.unresolved],
        ['准备按时就绪率（%）', out.readiness.onTimeRate ?? '-'],
        ['任务按时完成率（%）', out.readiness.tasks.onTimeRate ?? '-'],
        ['满意度调查回收', `${out.satisfaction.answered}/${s.held}`],
        ['平均满意度（1–5）', out.satisfaction.averageRating ?? '-'],
        ['满意率（%）', out.satisfaction.satisfiedRate ?? '-'],
        ['费用确认单（份）', out.fees.statements],
        ['应收（元）', out.fees.billed],
        ['已收（元）', out.fees.paid],
        ['未收（元）', out.fees.due],
        ['本周到账（元）', out.fees.received.amount],
      ]),
    },
    {
      name: '按会场类别',
      columns: [
        { header: '类别', key: 'label' },
        { header: '场次', key: 'meetings' },
        { header: '时长（小时）', key: 'hours' },
        { header: '与会人数', key: 'attendees' },
      ],
      rows: out.byClass,
    },
    {
      name: '按会场',
      columns: [
        { header: '会场', key: 'venue', width: 26 },
        { header: '类别', key: 'venueClass' },
        { header: '场次', key: 'meetings' },
        { header: '时长（小时）', key: 'hours' },
        { header: '与会人数', key: 'attendees' },
      ],
      rows: out.byVenue,
    },
    {
      name: '会中事件',
      columns: [
        { header: '通知单号', key: 'number', width: 20 },
        { header: '会议名称', key: 'meetingName', width: 28 },
        { header: '会场', key: 'venue', width: 22 },
        { header: '类型', key: 'kindLabel' },
        { header: '严重程度', key: 'sev' },
        { header: '情况', key: 'description', width: 40 },
        { header: '处理', key: 'handling', width: 30 },
        { header: '报告时间', key: 'at', width: 18 },
        { header: '处理完毕', key: 'resolved', width: 18 },
      ],
      rows: out.incidents.list.map((i) => ({
        ...i,
        meetingName: i.meetingName ?? '（涉密）',
        sev: i.severity === 'serious' ? '重大' : '一般',
        at: fmt(tz)(new Date(i.reportedAt)),
        resolved: i.resolvedAt ? fmt(tz)(new Date(i.resolvedAt)) : '未处理完毕',
      })),
    },
    {
      name: '准备就绪',
      columns: [
        { header: '部门', key: 'label', width: 26 },
        { header: '会议场次', key: 'meetings' },
        { header: '按时就绪', key: 'onTime' },
        { header: '按时率（%）', key: 'onTimeRate' },
        { header: '已核实', key: 'verified' },
      ],
      rows: out.readiness.byDepartment,
    },
    {
      name: '满意度',
      columns: [
        { header: '通知单号', key: 'number', width: 20 },
        { header: '会议名称', key: 'meetingName', width: 28 },
        { header: '组织单位', key: 'organizerUnit', width: 24 },
        { header: '评分', key: 'rating' },
        { header: '意见', key: 'comment', width: 50 },
      ],
      rows: out.satisfaction.comments.map((c) => ({ ...c, meetingName: c.meetingName ?? '（涉密）' })),
    },
  ];
  return { filename: `每周业务简报-${week}.xlsx`, buf: await workbook(sheets) } satisfies Xlsx;
}
