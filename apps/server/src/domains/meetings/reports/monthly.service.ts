/** Monthly venue usage, fees and staff workload (SPEC M10), as JSON or .xlsx. */
import { ROLE_LABELS, type Role } from '@hy/contracts';
import { type Ctx } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { workbook, type Sheet } from '../../../lib/xlsx.ts';
import * as r from './reports.repository.ts';
import * as shared from '../meeting/meeting.repository.ts';
import * as staffing from '../staffing/staffing.repository.ts';
import { yuan } from '@hy/contracts';
import { localMonth, monthPeriod } from '../../../lib/periods.ts';
import { hours, overlapMs, pct } from './reports.rules.ts';
import { auditReport, feesOf, meetingsIn, reportAccess, satisfactionOf, type Format, type Meeting, type Xlsx } from './reports.service.ts';

export async function monthly(ctx: Ctx, q: { propertyId: string; month?: string; format: Format }) {
  const { actor, tz } = await reportAccess(ctx, q.propertyId);
  const month = q.month ?? localMonth(ctx.now(), tz);
  const p = monthPeriod(month, tz);
  if (!p) throw errors.field('month', '月份格式应为 YYYY-MM / a month YYYY-MM', 'format');
  const now = ctx.now();
  const [vs, booked, all, done, assigned, shifts] = await Promise.all([
    r.venuesOf(ctx.db, q.propertyId),
    r.confirmedBookings(ctx.db, q.propertyId, p.from, p.to),
    meetingsIn(ctx, actor, q.propertyId, p),
    r.tasksDone(ctx.db, q.propertyId, p.from, p.to),
    staffing.workload(ctx.db, q.propertyId, p.from, p.to),
    staffing.shiftsIn(ctx.db, { propertyId: q.propertyId, from: p.from, to: p.to }),
  ]);
  const ms = all.filter((m) => m.n.status === 'active');
  const usedMs = (m: Meeting) =>
    m.held ? Math.max(0, (m.n.endedAt ?? m.n.endAt).getTime() - (m.n.startedAt ?? m.n.startAt).getTime()) : 0;
  const venues = vs
    .map((v) => {
      const b = booked.filter((x) => x.venueId === v.id);
      const mine = ms.filter((m) => m.n.venueId === v.id);
      const f = feesOf(mine);
      const bookedMs = b.reduce((s, x) => s + overlapMs(x.startAt, x.endAt, p.from, p.to), 0);
      const used = mine.reduce((s, m) => s + usedMs(m), 0);
      return {
        venueId: v.id,
        code: v.code,
        venue: v.name,
        venueClass: v.cls,
        bookings: b.length,
        hoursBooked: hours(bookedMs),
        meetingsHeld: mine.filter((m) => m.held).length,
        hoursUsed: hours(used),
        utilisation: pct(used, bookedMs),
        attendees: mine.filter((m) => m.held).reduce((s, m) => s + m.n.content.attendeeCount, 0),
        statements: f.statements,
        billedFen: f.billedFen,
        paidFen: f.paidFen,
        billed: f.billed,
        paid: f.paid,
      };
    })
    .filter((v) => v.bookings || v.meetingsHeld || v.statements || vs.find((x) => x.id === v.venueId)!.bookable);
  const byOrg = new Map<string, Meeting[]>();
  for (const m of ms) byOrg.set(m.n.content.organizerUnit, [...(byOrg.get(m.n.content.organizerUnit) ?? []), m]);
  const organizations = [...byOrg]
    .map(([unit, list]) => ({ organizerUnit: unit, meetings: list.length, ...feesOf(list) }))
    .sort((a, b) => b.billedFen - a.billedFen || b.meetings - a.meetings);

  type Person = {
    userId: string;
    name: string;
    roles: string;
    tasksDone: number;
    tasksOnTime: number;
    tasksAssigned: number;
    meetings: number;
    meetingHours: number;
    shiftHours: number;
    overtimeHours: number;
  };
  const people = new Map<string, Person>();
  const person = (id: string) =>
    people.get(id) ??
    people
      .set(id, {
        userId: id,
        name: '',
        roles: '',
        tasksDone: 0,
        tasksOnTime: 0,
        tasksAssigned: 0,
        meetings: 0,
        meetingHours: 0,
        shiftHours: 0,
        overtimeHours: 0,
      })
      .get(id)!;
  const worked = new Map<string, Map<string, number>>();
  for (const t of done) {
    if (!t.userId) continue;
    const x = person(t.userId);
    x.tasksDone++;
    if (t.doneAt && t.doneAt <= t.dueAt) x.tasksOnTime++;
    const w = worked.get(t.userId) ?? worked.set(t.userId, new Map()).get(t.userId)!;
    w.set(t.noticeId, t.endAt.getTime() - t.startAt.getTime());
  }
  for (const a of assigned) {
    const x = person(a.userId);
    x.tasksAssigned = a.tasks;
    x.name = a.name;
  }
  for (const { shift: s, name } of shifts) {
    const x = person(s.userId);
    x.name = name;
    const h = overlapMs(s.startsAt, s.endsAt, p.from, p.to);
    x.shiftHours += h;
    if (s.overtime) x.overtimeHours += h;
  }
  const names = await shared.userNames(ctx.db, [...people.keys()]);
  const staffRoles = new Map((await staffing.staffOf(ctx.db, q.propertyId)).map((s) => [s.id, s.roles]));
  const staff = [...people.values()]
    .map((x) => {
      const w = worked.get(x.userId);
      return {
        ...x,
        name: x.name || names.get(x.userId) || '',
        roles: (staffRoles.get(x.userId) ?? []).map((r) => ROLE_LABELS[r as Role]?.zh ?? r).join('、'),
        meetings: w?.size ?? 0,
        meetingHours: hours([...(w?.values() ?? [])].reduce((s, v) => s + v, 0)),
        shiftHours: hours(x.shiftHours),
        overtimeHours: hours(x.overtimeHours),
        onTimeRate: pct(x.tasksOnTime, x.tasksDone),
      };
    })
    .sort((a, b) => b.tasksDone - a.tasksDone || a.name.localeCompare(b.name));

  const totalBookedMs = booked.reduce((s, x) => s + overlapMs(x.startAt, x.endAt, p.from, p.to), 0);
  const totalUsed = ms.reduce((s, m) => s + usedMs(m), 0);
  const out = {
    report: 'monthly' as const,
    title: '月度会场使用、费用及人员工作量',
    propertyId: q.propertyId,
    month,
    from: p.from.toISOString(),
    to: p.to.toISOString(),
    summary: {
      bookings: booked.length,
      hoursBooked: hours(totalBookedMs),
      meetingsHeld: ms.filter((m) => m.held).length,
      hoursUsed: hours(totalUsed),
      utilisation: pct(totalUsed, totalBookedMs),
      cancelled: all.filter((m) => m.n.status === 'cancelled').length,
      ...feesOf(ms),
      received: await r.paymentsIn(ctx.db, q.propertyId, p.from, p.to).then((x) => ({ count: x.count, fen: x.fen, amount: yuan(x.fen) })),
      satisfaction: (({ comments: _c, ...rest }) => rest)(
        satisfactionOf(
          ms.filter((m) => m.held),
          true,
        ),
      ),
      tasksDone: done.length,
      asOf: now.toISOString(),
    },
    venues,
    organizations,
    staff,
  };
  await auditReport(ctx, q.propertyId, 'monthly', month, q.format, []);
  if (q.format !== 'xlsx') return out;
  const s = out.summary;
  const sheets: Sheet[] = [
    {
      name: '会场使用',
      title: `${month} 会场使用及费用（预订 ${s.hoursBooked} 小时，实际使用 ${s.hoursUsed} 小时；应收 ¥${s.billed}，已收 ¥${s.paid}）`,
      columns: [
        { header: '会场编号', key: 'code', width: 12 },
        { header: '会场', key: 'venue', width: 26 },
        { header: '类别', key: 'venueClass', width: 8 },
        { header: '预订场次', key: 'bookings' },
        { header: '预订时长（小时）', key: 'hoursBooked' },
        { header: '召开场次', key: 'meetingsHeld' },
        { header: '使用时长（小时）', key: 'hoursUsed' },
        { header: '使用率（%）', key: 'utilisation' },
        { header: '与会人数', key: 'attendees' },
        { header: '费用确认单', key: 'statements' },
        { header: '应收（元）', key: 'billed' },
        { header: '已收（元）', key: 'paid' },
      ],
      rows: venues,
    },
    {
      name: '组织单位费用',
      columns: [
        { header: '组织单位', key: 'organizerUnit', width: 28 },
        { header: '会议场次', key: 'meetings' },
        { header: '费用确认单', key: 'statements' },
        { header: '应收（元）', key: 'billed' },
        { header: '已收（元）', key: 'paid' },
        { header: '未收（元）', key: 'due' },
      ],
      rows: organizations,
    },
    {
      name: '人员工作量',
      columns: [
        { header: '姓名', key: 'name', width: 12 },
        { header: '岗位', key: 'roles', width: 20 },
        { header: '完成任务', key: 'tasksDone' },
        { header: '按时完成率（%）', key: 'onTimeRate' },
        { header: '安排任务', key: 'tasksAssigned' },
        { header: '服务会议', key: 'meetings' },
        { header: '会议时长（小时）', key: 'meetingHours' },
        { header: '排班工时（小时）', key: 'shiftHours' },
        { header: '加班工时（小时）', key: 'overtimeHours' },
      ],
      rows: staff,
    },
  ];
  return { filename: `月度报表-${month}.xlsx`, buf: await workbook(sheets) } satisfies Xlsx;
}
