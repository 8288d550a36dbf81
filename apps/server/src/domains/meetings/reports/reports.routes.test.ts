import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { makeProperty, problem, ok, TestClock, type TestApp, type Fixture } from '../../../test/helpers.ts';
import { auditEvents, notifications, sessions } from '../../../db/schema/index.ts';
import { pct, readyBy, readyOnTime } from './reports.rules.ts';
import { inviteSurveys } from './survey.service.ts';
import {
  MEETING_DEPARTMENTS,
  juneAt,
  makeOrganization,
  makeVenue,
  organizers,
  propertyFor,
  roster,
  sheetNames,
  workbook,
} from '../../../test/builders.ts';

const clock = new TestClock(new Date('2026-06-01T09:00:00+08:00'));

let t: TestApp;
let fx: Fixture;
let room: string;
type Who =
  | 'dispatcher'
  | 'assistant'
  | 'supervisor'
  | 'lobby'
  | 'organizer'
  | 'otherOrganizer'
  | 'staff'
  | 'av'
  | 'security'
  | 'cleaner'
  | 'admin'
  | 'outsider';
const team = roster<Who>();
const { s, ids } = team;
/** The test clock jumps days: the sessions (slid by each request) are kept alive instead of signing in again (login is rate limited). */
const keepSessions = () => t.database.db.update(sessions).set({ expiresAt: new Date('2030-01-01T00:00:00Z') });
const DEPT: Record<string, Who> = { engineering_av: 'av', security: 'security', meeting_staff: 'staff', cleaning: 'cleaner' };

before(async () => {
  ({ t, fx } = await propertyFor(team, clock));
  const other = await makeProperty(t.app, '另一项目');
  const db = t.database.db;
  room = await makeVenue(db, fx, { name: '第一座谈室' });
  const otherOrg = await makeOrganization(db, fx.propertyId);
  await team.members({
    ...MEETING_DEPARTMENTS,
    ...organizers(fx.organizationId, otherOrg),
    assistant: 'cs_assistant',
    supervisor: 'cs_supervisor',
    lobby: 'lobby_manager',
    outsider: { roles: ['dispatcher'], on: [other.propertyId] },
  });
});
after(async () => t.close());

async function meeting(day: string, from: string, to: string, topic: string) {
  const b = ok(
    await s.dispatcher.post('/api/v1/bookings', {
      propertyId: fx.propertyId,
      venueId: room,
      startAt: juneAt(day, from),
      endAt: juneAt(day, to),
      attendeeCount: 20,
      topic,
      organizationId: fx.organizationId,
      contactName: '张晓东',
      contactPhone: '0755-28301102',
      channel: 'phone',
      services: [{ code: 'water', kind: 'filtered_tea' }],
    }),
    201,
  );
  assert.equal(b.status, 'confirmed');
  const res = await s.dispatcher.post('/api/v1/service-notices', { bookingId: b.id });
  return ok(res, 201).id as string;
}
const notice = async (id: string) => ok(await s.dispatcher.get(`/api/v1/service-notices/${id}`));
const url = (kind: string, q: string) => `/api/v1/reports/meetings/${kind}?propertyId=${fx.propertyId}&${q}`;

test('report rules: percentages, readiness on time', () => {
  assert.deepEqual([pct(1, 3), pct(2, 2), pct(0, 0)], [33.3, 100, null]);
  const start = new Date('2026-06-04T10:00:00+08:00');
  const deadline = new Date('2026-06-04T09:00:00+08:00');
  assert.equal(readyOnTime([]), null);
  const by = readyBy(deadline, start, null);
  assert.equal(readyOnTime([{ readyAt: new Date('2026-06-04T08:59:00+08:00'), by }]), true);
  assert.equal(
    readyOnTime([
      { readyAt: new Date('2026-06-04T08:59:00+08:00'), by },
      { readyAt: null, by },
    ]),
    false,
  );
  assert.equal(readyOnTime([{ readyAt: new Date('2026-06-04T09:30:00+08:00'), by: readyBy(null, start, null) }]), true);
  // A department whose last task before the start is due after the deadline has until that task's due time, never past the start.
  assert.equal(readyBy(deadline, start, new Date('2026-06-04T09:40:00+08:00')).toISOString(), '2026-06-04T01:40:00.000Z');
  assert.equal(readyBy(deadline, start, new Date('2026-06-04T10:40:00+08:00')).toISOString(), start.toISOString());
});

let first: string;
let second: string;

test('daily service notice list: readiness and status, access for managers and the service center only, .xlsx', async () => {
  first = await meeting('04', '10:00', '11:30', '处室工作例会');
  second = await meeting('04', '14:00', '15:00', '来访企业座谈');
  const d = ok(await s.dispatcher.get(url('daily', 'date=2026-06-04')));
  assert.equal(d.date, '2026-06-04');
  assert.deepEqual(
    d.data.map((x: any) => [x.id, x.liveStatus, x.time]),
    [
      [first, 'preparing', '10:00–11:30'],
      [second, 'preparing', '14:00–15:00'],
    ],
  );
  assert.ok(d.data[0].tasks.total > 0 && d.data[0].tasks.done === 0);
  assert.ok(d.data[0].departments.length > 0 && d.data[0].departments.every((x: any) => x.readyAt === null));
  assert.deepEqual(
    d.data[0].checks.map((c: any) => [c.level, c.status]),
    [
      [1, 'pending'],
      [2, 'pending'],
      [3, 'pending'],
    ],
  );
  assert.equal(d.summary.meetings, 2);
  // Another day is empty; the default day is today (06-01).
  assert.equal(ok(await s.dispatcher.get(url('daily', ''))).date, '2026-06-01');
  for (const who of ['assistant', 'supervisor', 'admin'] as const) ok(await s[who].get(url('daily', 'date=2026-06-04')));
  problem(await s.cleaner.get(url('daily', 'date=2026-06-04')), 403, 'forbidden');
  problem(await s.organizer.get(url('daily', 'date=2026-06-04')), 403, 'forbidden');
  problem(await s.outsider.get(url('daily', 'date=2026-06-04')), 404, 'not_found');
  problem(await s.dispatcher.get(url('daily', 'date=2026-02-30')), 400, 'validation_failed');
  problem(await s.dispatcher.get(url('daily', 'date=4.6.2026')), 400, 'validation_failed');

  const x = await s.dispatcher.get(url('daily', 'date=2026-06-04&format=xlsx'));
  assert.equal(x.statusCode, 200);
  assert.match(String(x.headers['content-type']), /spreadsheetml/);
  assert.match(String(x.headers['content-disposition']), /filename\*=UTF-8''/);
  const ws = (await workbook(x.rawPayload)).getWorksheet('每日服务通知')!;
  assert.match(String(ws.getRow(1).getCell(1).value), /每日服务通知 2026-06-04/);
  assert.deepEqual((ws.getRow(2).values as unknown[]).slice(1, 4), ['通知单号', '时间', '会议名称']);
  assert.equal(ws.getRow(3).getCell(4).value, '第一座谈室');
  const ev = await t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, fx.propertyId), eq(auditEvents.action, 'meeting_report.exported')));
  assert.equal(ev.length, 1);
});

/** Every department does its tasks at `when`, reports ready; the service center verifies. */
async function prepare(id: string, when: string) {
  await keepSessions();
  clock.set(when);
  const n = await notice(id);
  for (const d of n.departments) {
    for (const task of d.tasks) ok(await s[DEPT[d.department]!].post(`/api/v1/tasks/${task.id}/complete`, {}));
    ok(await s[DEPT[d.department]!].post(`/api/v1/service-notices/${id}/readiness`, { department: d.department }));
    ok(await s.dispatcher.post(`/api/v1/service-notices/${id}/verify`, { department: d.department }));
  }
}

test('the organizer answers the survey once after the meeting; other units 404, staff 403; the job invites the rest', async () => {
  await prepare(first, juneAt('03', '15:00'));
  await keepSessions();
  clock.set(juneAt('04', '09:00'));
  ok(await s.staff.post(`/api/v1/service-notices/${first}/checks/1`, { result: 'ok' }));
  ok(await s.lobby.post(`/api/v1/service-notices/${first}/checks/2`, { result: 'ok' }));
  ok(await s.dispatcher.post(`/api/v1/service-notices/${first}/checks/3`, { result: 'ok' }));
  assert.equal(ok(await s.dispatcher.get(url('daily', 'date=2026-06-04'))).data[0].liveStatus, 'ready');
  clock.set(juneAt('04', '10:00'));
  ok(await s.staff.post(`/api/v1/service-notices/${first}/start`));
  ok(
    await s.staff.post(`/api/v1/service-notices/${first}/incidents`, {
      kind: 'equipment_failure',
      severity: 'normal',
      description: '2号话筒无声',
      handledBy: '音控师',
      handling: '更换备用话筒',
    }),
    201,
  );
  problem(await s.organizer.post(`/api/v1/service-notices/${first}/survey`, { rating: 5 }), 422, 'survey_not_open');
  clock.set(juneAt('04', '11:20'));
  ok(await s.staff.post(`/api/v1/service-notices/${first}/end`));

  problem(await s.otherOrganizer.post(`/api/v1/service-notices/${first}/survey`, { rating: 5 }), 404, 'not_found');
  problem(await s.otherOrganizer.get(`/api/v1/service-notices/${first}/survey`), 404, 'not_found');
  problem(await s.dispatcher.post(`/api/v1/service-notices/${first}/survey`, { rating: 5 }), 403, 'forbidden');
  problem(await s.outsider.post(`/api/v1/service-notices/${first}/survey`, { rating: 5 }), 404, 'not_found');
  problem(await s.organizer.post(`/api/v1/service-notices/${first}/survey`, { rating: 6 }), 400, 'validation_failed');
  assert.equal(ok(await s.organizer.get(`/api/v1/service-notices/${first}/survey`)).policies.answer, true);
  const a = ok(await s.organizer.post(`/api/v1/service-notices/${first}/survey`, { rating: 2, comment: '话筒故障影响了会议' }), 201);
  assert.deepEqual([a.rating, a.ratingLabel, a.comment], [2, '不满意', '话筒故障影响了会议']);
  problem(await s.organizer.post(`/api/v1/service-notices/${first}/survey`, { rating: 5 }), 409, 'survey_exists');
  const seen = ok(await s.supervisor.get(`/api/v1/service-notices/${first}/survey`));
  assert.deepEqual([seen.survey.rating, seen.policies.answer], [2, false]);
  // A low rating reaches the service center and the managers.
  const low = await t.database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, ids.supervisor!), eq(notifications.kind, 'meetings.survey_low')));
  assert.equal(low.length, 1);

  // The survey job: the second meeting is over by 15:30; the first was answered already → one invitation, once.
  assert.equal(await inviteSurveys(t.database.db, new Date(juneAt('04', '15:10')), fx.propertyId), 0); // not yet 30 minutes after its end
  assert.equal(await inviteSurveys(t.database.db, new Date(juneAt('04', '15:31')), fx.propertyId), 1);
  assert.equal(await inviteSurveys(t.database.db, new Date(juneAt('04', '15:40')), fx.propertyId), 0);
  const inv = await t.database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, ids.organizer!), eq(notifications.kind, 'meetings.survey_invite')));
  assert.deepEqual(
    inv.map((n) => n.link),
    [`/service-notices/${second}/survey`],
  );
  assert.equal(
    (
      await t.database.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, ids.otherOrganizer!), eq(notifications.kind, 'meetings.survey_invite')))
    ).length,
    0,
  );
  const invited = ok(await s.organizer.get(`/api/v1/service-notices/${second}/survey`));
  assert.ok(invited.survey.invitedAt && invited.survey.rating === null);
  clock.set(juneAt('04', '16:00'));
  ok(await s.organizer.post(`/api/v1/service-notices/${second}/survey`, { rating: 5, comment: '服务周到' }), 201);
});

test('weekly business briefing and monthly usage, fees and staff workload (JSON and .xlsx)', async () => {
  // A fee statement for the first meeting, issued, confirmed by the organizer and partly paid.
  ok(
    await s.admin.put(`/api/v1/meeting-price-lists/${fx.propertyId}`, {
      venue: [{ venueClass: 'A', bands: [{ upToHours: 4, fen: 60_000 }], extraHourFen: 15_000 }],
      items: [{ code: 'water.bottled', name: '瓶装水', unit: '瓶', fen: 300, kind: 'consumable' }],
    }),
  );
  const st = ok(
    await s.assistant.post(`/api/v1/service-notices/${first}/fee-statement`, { items: [{ code: 'water.bottled', qty: 20 }] }),
    201,
  );
  ok(await s.assistant.post(`/api/v1/fee-statements/${st.id}/issue`));
  ok(await s.organizer.post(`/api/v1/fee-statements/${st.id}/confirm`, {}));
  ok(await s.assistant.post(`/api/v1/fee-statements/${st.id}/payments`, { amountFen: 30_000 }));

  const w = ok(await s.supervisor.get(url('weekly', 'week=2026-W23')));
  assert.deepEqual([w.summary.meetings, w.summary.held, w.summary.incidents], [2, 2, 1]);
  assert.deepEqual(
    w.byClass.map((c: any) => [c.venueClass, c.meetings, c.hours, c.attendees]),
    [['A', 2, 2.5, 40]],
  );
  assert.deepEqual(
    w.byVenue.map((v: any) => [v.venue, v.meetings]),
    [['第一座谈室', 2]],
  );
  assert.deepEqual(w.incidents.byKind.find((k: any) => k.kind === 'equipment_failure').count, 1);
  // The first meeting was ready on time, the second never reported ready.
  assert.deepEqual([w.readiness.meetings, w.readiness.onTime, w.readiness.onTimeRate], [2, 1, 50]);
  assert.deepEqual(
    [w.satisfaction.answered, w.satisfaction.averageRating, w.satisfaction.satisfiedRate, w.satisfaction.responseRate],
    [2, 3.5, 50, 100],
  );
  assert.equal(w.satisfaction.comments.length, 2);
  assert.deepEqual(
    [w.fees.statements, w.fees.billedFen, w.fees.paidFen, w.fees.dueFen, w.fees.received.fen],
    [1, 66_000, 30_000, 36_000, 30_000],
  );
  assert.equal(w.readiness.checks.find((c: any) => c.level === 1).ok, 1);
  assert.equal(ok(await s.dispatcher.get(url('weekly', ''))).week, '2026-W23');
  assert.equal(ok(await s.dispatcher.get(url('weekly', 'week=2026-W24'))).summary.meetings, 0);
  problem(await s.dispatcher.get(url('weekly', 'week=2025-W53')), 400, 'validation_failed');
  problem(await s.staff.get(url('weekly', 'week=2026-W23')), 403, 'forbidden');
  const wx = await s.dispatcher.get(url('weekly', 'week=2026-W23&format=xlsx'));
  const wb = await workbook(wx.rawPayload);
  assert.deepEqual(await sheetNames(wx.rawPayload), ['简报概要', '按会场类别', '按会场', '会中事件', '准备就绪', '满意度']);
  assert.equal(wb.getWorksheet('简报概要')!.getRow(3).getCell(1).value, '会议场次（已召开）');

  const m = ok(await s.dispatcher.get(url('monthly', 'month=2026-06')));
  const v = m.venues.find((x: any) => x.venueId === room);
  assert.deepEqual([v.bookings, v.hoursBooked, v.meetingsHeld, v.billedFen, v.paidFen], [2, 2.5, 2, 66_000, 30_000]);
  assert.equal(v.hoursUsed, 2.33); // 10:00–11:20 and 14:00–15:00
  assert.deepEqual([m.summary.billedFen, m.summary.paidFen, m.summary.meetingsHeld], [66_000, 30_000, 2]);
  const staff = m.staff.find((x: any) => x.userId === ids.staff);
  assert.ok(staff.tasksDone > 0 && staff.meetings === 1 && staff.meetingHours === 1.5 && staff.onTimeRate === 100);
  assert.match(staff.roles, /会务人员/);
  assert.ok(m.organizations[0].billedFen === 66_000);
  problem(await s.dispatcher.get(url('monthly', 'month=2026-13')), 400, 'validation_failed');
  const mx = await s.dispatcher.get(url('monthly', 'month=2026-06&format=xlsx'));
  const wb2 = await workbook(mx.rawPayload);
  assert.deepEqual(await sheetNames(mx.rawPayload), ['会场使用', '组织单位费用', '人员工作量']);
  assert.deepEqual((wb2.getWorksheet('人员工作量')!.getRow(1).values as unknown[]).slice(1, 4), ['姓名', '岗位', '完成任务']);
});

test('the reports open on the current day, week and month once a meeting is on, else on the last complete ones', async () => {
  await keepSessions();
  const opening = `/api/v1/reports/meetings/default-period?propertyId=${fx.propertyId}`;
  // Monday 1 June, 09:00: the month's only meetings are on Thursday — Friday before, last week, May.
  clock.set(juneAt('01', '09:00'));
  assert.deepEqual(ok(await s.dispatcher.get(opening)), { day: '2026-05-29', week: '2026-W22', month: '2026-05', quarter: '2026Q2' });
  // Thursday, the first meeting under way: today, this week, June.
  clock.set(juneAt('04', '10:30'));
  assert.deepEqual(ok(await s.dispatcher.get(opening)), { day: '2026-06-04', week: '2026-W23', month: '2026-06', quarter: '2026Q2' });
  problem(await s.staff.get(opening), 403);
  problem(await s.outsider.get(opening), 404);
});
