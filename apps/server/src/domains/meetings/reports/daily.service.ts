/** 每日服务通知 (SPEC M10): the day's service notices with readiness and status, as JSON or .xlsx. */
import { DEPARTMENT_LABELS } from '@hy/contracts';
import { type Ctx } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { workbook, type Sheet } from '../../../lib/xlsx.ts';
import { iso } from '../meeting/meeting.format.ts';
import { dayPeriod, localDate } from '../../../lib/periods.ts';
import { CHECK_ZH, LIVE_ZH, auditReport, closed, fmt, meetingsIn, reportAccess, type Format, type Xlsx } from './reports.service.ts';

export async function daily(ctx: Ctx, q: { propertyId: string; date?: string; format: Format }) {
  const { actor, tz } = await reportAccess(ctx, q.propertyId);
  const date = q.date ?? localDate(ctx.now(), tz);
  const p = dayPeriod(date, tz);
  if (!p) throw errors.field('date', '日期格式应为 YYYY-MM-DD / a date YYYY-MM-DD', 'format');
  const ms = await meetingsIn(ctx, actor, q.propertyId, p);
  const hm = fmt(tz, 'HH:mm');
  const data = ms.map((m) => ({
    id: m.n.id,
    number: m.n.number,
    version: m.n.version,
    status: m.n.status,
    liveStatus: m.status,
    liveStatusLabel: LIVE_ZH[m.status],
    startAt: m.n.startAt.toISOString(),
    endAt: m.n.endAt.toISOString(),
    time: `${hm(m.n.startAt)}–${hm(m.n.endAt)}`,
    meetingName: m.name,
    venue: m.n.content.venue.name,
    venueClass: m.n.content.venue.class,
    organizerUnit: m.n.content.organizerUnit,
    contact: `${m.n.content.contactName} ${m.n.content.contactPhone}`,
    attendeeCount: m.n.content.attendeeCount,
    cupType: m.n.content.cupTypeText,
    confidentiality: m.confidentiality,
    issuedLate: m.n.issuedLate,
    readyDeadline: iso(m.n.readyDeadline),
    tasks: {
      total: m.tasks.length,
      done: m.tasks.filter((t) => t.status === 'done').length,
      overdue: m.tasks.filter((t) => t.status === 'open' && t.dueAt <= ctx.now()).length,
    },
    departments: m.departments.map((d) => ({
      department: d.department,
      label: DEPARTMENT_LABELS[d.department].zh,
      total: m.tasks.filter((t) => t.department === d.department).length,
      done: m.tasks.filter((t) => t.department === d.department && t.status === 'done').length,
      readyAt: iso(d.readyAt),
      verifiedAt: iso(d.verifiedAt),
      readyBy: d.by.toISOString(),
      readyLate: d.readyAt ? d.readyAt > d.by : ctx.now() > d.by,
    })),
    allVerified: m.allVerified,
    readyOnTime: m.readyOnTime,
    checks: m.checks.map((c) => ({ level: c.level, status: c.status, dueAt: c.dueAt.toISOString(), checkedAt: iso(c.checkedAt) })),
    incidents: m.incidents.length,
    openIncidents: m.incidents.filter((i) => !i.resolvedAt).length,
  }));
  const active = data.filter((d) => d.status === 'active');
  const out = {
    report: 'daily' as const,
    title: '每日服务通知',
    propertyId: q.propertyId,
    date,
    from: p.from.toISOString(),
    to: p.to.toISOString(),
    summary: {
      meetings: data.length,
      active: active.length,
      cancelled: data.filter((d) => d.status === 'cancelled').length,
      onHold: data.filter((d) => d.status === 'on_hold').length,
      verified: active.filter((d) => d.allVerified).length,
      attendees: active.reduce((s, d) => s + d.attendeeCount, 0),
      tasks: active.reduce((s, d) => s + d.tasks.total, 0),
      tasksDone: active.reduce((s, d) => s + d.tasks.done, 0),
      tasksOverdue: active.reduce((s, d) => s + d.tasks.overdue, 0),
      incidents: data.reduce((s, d) => s + d.incidents, 0),
      issuedLate: active.filter((d) => d.issuedLate).length,
    },
    data,
  };
  await auditReport(
    ctx,
    q.propertyId,
    'daily',
    date,
    q.format,
    ms.filter((m) => closed(m.confidentiality)).map((m) => m.n.id),
  );
  if (q.format !== 'xlsx') return out;
  const readiness = (d: (typeof data)[number]) =>
    d.departments
      .map((x) => `${x.label.replace(/（.*）/, '')}:${x.verifiedAt ? '已核实' : x.readyAt ? '已就绪' : `${x.done}/${x.total}`}`)
      .join('；');
  const sheets: Sheet[] = [
    {
      name: '每日服务通知',
      title: `每日服务通知 ${date}（共 ${out.summary.meetings} 场，已核实就绪 ${out.summary.verified} 场）`,
      columns: [
        { header: '通知单号', key: 'number', width: 20 },
        { header: '时间', key: 'time', width: 13 },
        { header: '会议名称', key: 'meetingName', width: 30 },
        { header: '会场', key: 'venue', width: 22 },
        { header: '组织单位', key: 'organizerUnit', width: 24 },
        { header: '联系人/电话', key: 'contact', width: 24 },
        { header: '人数', key: 'attendeeCount', width: 8 },
        { header: '茶杯', key: 'cup', width: 10 },
        { header: '状态', key: 'state', width: 10 },
        { header: '任务完成', key: 'taskDone', width: 10 },
        { header: '各部门准备情况', key: 'readiness', width: 60 },
        { header: '三级检查', key: 'checks', width: 30 },
        { header: '会中事件', key: 'incidents', width: 10 },
        { header: '通知发出过晚', key: 'issuedLate', width: 12 },
      ],
      rows: data.map((d) => ({
        ...d,
        meetingName: d.meetingName ?? '（涉密）',
        cup: d.cupType.split('：')[1] ?? d.cupType,
        state: d.status === 'active' ? d.liveStatusLabel : LIVE_ZH[d.status],
        taskDone: `${d.tasks.done}/${d.tasks.total}`,
        readiness: readiness(d),
        checks: d.checks.map((c) => `${c.level}级:${CHECK_ZH[c.status]}`).join('；'),
      })),
    },
  ];
  return { filename: `每日服务通知-${date}.xlsx`, buf: await workbook(sheets) } satisfies Xlsx;
}
