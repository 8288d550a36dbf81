import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  createTestApp,
  makeProperty,
  makeUser,
  login,
  problem,
  ok,
  uniq,
  openTestDatabase,
  TestClock,
  type TestApp,
  type Fixture,
} from '../../../test/helpers.ts';
import { MEETING_DEPARTMENTS, bigMeeting, juneAt, makeMeetingVenues, makeVenue, propertyFor, roster } from '../../../test/builders.ts';
import { auditEvents, jobs, meetingTasks, notifications } from '../../../db/schema/index.ts';
import type { Role } from '@hy/contracts';
import { syncPending } from './sync.service.ts';
import { alertOverdue } from '../tasks/tasks.service.ts';
import { SCAN_JOB } from './notices.jobs.ts';
import { scheduleJob } from '../../../jobs/runner.ts';
import { defaultTemplates, diffTasks, planTasks } from '../tasks/tasks.rules.ts';

// Monday 2026-06-01 09:00 in Shanghai; the big meeting is on Thursday 2026-06-04 14:00–17:00.
const clock = new TestClock(new Date('2026-06-01T09:00:00+08:00'));

let t: TestApp;
let fx: Fixture;
const v: Record<'hall' | 'room', string> = {} as never;
type Who = 'dispatcher' | 'bureau' | 'staff' | 'staffHead' | 'av' | 'av2' | 'security' | 'cleaner' | 'lobby' | 'supervisor' | 'admin';
const team = roster<Who>();
const { s, ids } = team;

before(async () => {
  ({ t, fx } = await propertyFor(team, clock));
  const db = t.database.db;
  Object.assign(v, await makeMeetingVenues(db, fx));
  await team.members({
    ...MEETING_DEPARTMENTS,
    bureau: 'bureau_approver',
    staffHead: 'meeting_staff',
    av2: 'av_tech',
    lobby: 'lobby_manager',
    supervisor: 'cs_supervisor',
  });
});
after(async () => t.close());

const bookingBody = (over: Record<string, unknown> = {}) =>
  bigMeeting(fx, v.hall, {
    attendeeCount: 1200,
    services: [{ code: 'microphones', qty: 6 }, { code: 'recording' }, { code: 'sign_in_desk' }, { code: 'water', kind: 'bottled' }],
    ...over,
  });

async function confirmedBooking(over: Record<string, unknown> = {}) {
  const b = ok(await s.dispatcher.post('/api/v1/bookings', bookingBody(over)), 201);
  if (b.status === 'requested') return ok(await s.bureau.post(`/api/v1/bookings/${b.id}/approve`, {}));
  return b;
}
/** A small confirmed meeting in the room on `day` (no application, no services). */
const roomMeeting = (day: string, from: string, to: string, attendeeCount: number, over: Record<string, unknown> = {}) =>
  confirmedBooking({
    venueId: v.room,
    startAt: juneAt(day, from),
    endAt: juneAt(day, to),
    attendeeCount,
    application: undefined,
    services: [],
    ...over,
  });
const noticeOf = async (bookingId: string) => {
  const list = ok(
    await s.dispatcher.get(
      `/api/v1/service-notices?propertyId=${fx.propertyId}&from=${encodeURIComponent('2026-05-01T00:00:00Z')}&to=${encodeURIComponent('2026-08-01T00:00:00Z')}`,
    ),
  );
  const row = list.data.find((n: { bookingId: string }) => n.bookingId === bookingId);
  return row ? ok(await s.dispatcher.get(`/api/v1/service-notices/${row.id}`)) : null;
};
const tasksByKey = (notice: any) => new Map<string, any>(notice.departments.flatMap((d: any) => d.tasks).map((x: any) => [x.key, x]));
const local = (iso: string) => new Date(iso).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(5, 16);
async function notes(userId: string, kind: string) {
  return t.database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)));
}

let notice: any;
let bookingId: string;

test('the seed-004 default templates load once, editable by the admin only', async () => {
  problem(await s.dispatcher.post('/api/v1/task-templates/load-defaults', { propertyId: fx.propertyId }), 403, 'forbidden');
  const first = ok(await s.admin.post('/api/v1/task-templates/load-defaults', { propertyId: fx.propertyId }));
  assert.equal(first.added, defaultTemplates().length);
  assert.equal(ok(await s.admin.post('/api/v1/task-templates/load-defaults', { propertyId: fx.propertyId })).added, 0);
  const list = ok(await s.staff.get(`/api/v1/task-templates?propertyId=${fx.propertyId}`)).data as any[];
  const by = new Map(list.map((x) => [x.code, x]));
  assert.deepEqual([by.get('av.ac_fans').offsetMinutes, by.get('av.ac_fans').venueClasses], [-120, ['C']]);
  assert.deepEqual(by.get('sec.posts').quantity, { rule: 'fixed', qty: 7, unit: '岗' });
  assert.equal(by.get('sec.posts').offsetMinutes, -30);
  assert.deepEqual([by.get('ms.refill').repeatMinutes, by.get('ms.refill').excludeVenueTypes], [30, ['presidium_hall']]);
  assert.deepEqual([by.get('ms.tea_brew').offsetMinutes, by.get('ms.tea_pour').offsetMinutes], [-15, -5]);
  assert.equal(by.get('cl.route').dayBeforeAt, '16:00');
  assert.ok(['engineering_av', 'security', 'meeting_staff', 'cleaning'].every((d) => list.some((x) => x.department === d)));
  // Admin edits one; bad input is 400 with fields.
  const edited = ok(await s.admin.patch(`/api/v1/task-templates/${by.get('ms.refill').id}`, { repeatMinutes: 20 }));
  assert.equal(edited.repeatMinutes, 20);
  ok(await s.admin.patch(`/api/v1/task-templates/${by.get('ms.refill').id}`, { repeatMinutes: 30 }));
  const bad = problem(
    await s.admin.post('/api/v1/task-templates', { propertyId: fx.propertyId, code: 'x.bad', department: 'kitchen', title: '' }),
    400,
    'validation_failed',
  );
  assert.ok(bad.fields!.some((f) => f.path === 'department'));
  assert.ok(
    (
      await t.database.db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.entityId, by.get('ms.refill').id))
    ).length >= 2,
  );
});

test('a 1,200-seat C-class main-hall meeting: the durable sync issues the notice with the right tasks, times and quantities', async () => {
  const b = await confirmedBooking();
  bookingId = b.id;
  assert.equal(b.status, 'confirmed');
  assert.equal(await noticeOf(b.id), null);
  assert.ok((await syncPending(t.database.db, clock.now(), fx.propertyId)) >= 1);
  assert.equal(await syncPending(t.database.db, clock.now(), fx.propertyId), 0, 'idempotent');
  notice = await noticeOf(b.id);
  assert.match(notice.number, /^HY-TZ-2026-\d{6}$/);
  assert.equal(notice.version, 1);
  assert.equal(notice.content.cupType, 'porcelain');
  assert.equal(notice.content.servingOrder.length, 5);
  assert.equal(notice.conferenceBuilding, true);
  assert.equal(local(notice.noticeDeadline), '06-02 17:30', 'notice by the end of the 2nd working day before');
  assert.equal(local(notice.readyDeadline), '06-03 17:30', 'departments ready the working day before');
  assert.equal(notice.issuedLate, false);
  assert.equal(notice.liveStatus, 'preparing');
  const k = tasksByKey(notice);
  const due = (key: string) => local(k.get(key).dueAt);
  assert.equal(due('av.ac_fans'), '06-04 12:00');
  assert.equal(due('av.ac_on'), '06-04 13:00');
  assert.equal(due('av.lights_on'), '06-04 13:00');
  assert.equal(due('av.ac_service_day_before'), '06-03 16:00');
  assert.deepEqual([due('av.mics'), k.get('av.mics').quantity], ['06-04 13:00', 6]);
  assert.ok(k.has('av.recording') && !k.has('av.projection'));
  assert.deepEqual([due('sec.unlock'), due('sec.posts'), k.get('sec.posts').quantity], ['06-04 13:00', '06-04 13:30', 7]);
  assert.equal(due('ms.tea_brew'), '06-04 13:45');
  assert.equal(due('ms.tea_pour'), '06-04 13:55');
  assert.equal(due('ms.dnd'), '06-04 14:00');
  assert.deepEqual([...k.keys()].filter((x) => x.startsWith('ms.refill#')).map(due), [
    '06-04 14:30',
    '06-04 15:00',
    '06-04 15:30',
    '06-04 16:00',
    '06-04 16:30',
  ]);
  assert.deepEqual(
    ['ms.thermos', 'ms.teapots', 'ms.tea', 'ms.ashtrays', 'ms.tissues', 'ms.cups', 'ms.trays', 'ms.towels', 'ms.bottled_water'].map(
      (x) => k.get(x).quantity,
    ),
    [120, 2, 1200, 60, 120, 1320, 24, 2, 1200],
  );
  assert.equal(k.get('ms.cups').title, '准备统一瓷杯');
  assert.equal(due('ms.sign_in'), '06-03 16:00');
  assert.ok(!k.has('ms.presidium_thermos') && !k.has('ms.setup') && !k.has('ms.on_site'));
  assert.deepEqual(['cl.route', 'cl.venue', 'cl.lounges', 'cl.washrooms'].map(due), Array(4).fill('06-03 16:00'));
  assert.deepEqual(
    notice.checks.map((c: any) => local(c.dueAt)),
    ['06-04 12:00', '06-04 13:00', '06-04 13:30'],
  );
  // Each department heard of its part, in the same transaction.
  assert.equal((await notes(ids.security!, 'meetings.notice_issued')).length, 1);
  assert.equal((await notes(ids.cleaner!, 'meetings.notice_issued')).length, 1);
  // Printable form and a department sheet.
  const print = ok(await s.staff.get(`/api/v1/service-notices/${notice.id}/print`));
  assert.equal(print.form, '会议服务通知单');
  assert.ok(print.fields.some((f: any) => f.label === '与会人数' && f.value === '1200'));
  assert.equal(print.sheets.length, 4);
  const sheet = ok(await s.staff.get(`/api/v1/service-notices/${notice.id}/sheets/meeting_staff`));
  assert.equal(sheet.sheets.length, 1);
  assert.equal(sheet.sheets[0].servingOrder.length, 5);
  // The explicit endpoint returns the same notice (200: nothing to do).
  const again = ok(await s.dispatcher.post('/api/v1/service-notices', { bookingId: b.id }));
  assert.equal(again.id, notice.id);
  problem(await s.staff.post('/api/v1/service-notices', { bookingId: b.id }), 403, 'forbidden');
});

test('rules: planning is pure and the presidium hall gets no refills', () => {
  const cal = { timeZone: 'Asia/Shanghai', workStart: '08:30', workEnd: '17:30', overrides: new Map() };
  const m = {
    start: new Date(juneAt('08', '09:00')),
    end: new Date(juneAt('08', '12:00')),
    venueType: 'presidium_hall',
    venueClass: 'C',
    attendees: 60,
    importance: 'internal' as const,
    services: [],
  };
  const plan = planTasks(defaultTemplates(), m, cal);
  assert.ok(!plan.some((p) => p.key.startsWith('ms.refill')));
  assert.ok(!plan.some((p) => p.key === 'ms.cups'), 'internal meeting: leaders use their own cups');
  assert.equal(plan.find((p) => p.key === 'ms.presidium_thermos')!.quantity, 60);
  // Monday meeting: "the day before" is Friday (previous working day).
  assert.equal(local(plan.find((p) => p.key === 'cl.route')!.dueAt.toISOString()), '06-05 16:00');
  const d = diffTasks(
    [{ id: '1', key: 'ms.tea', department: 'meeting_staff', title: '茶', dueAt: m.start, quantity: 10, status: 'open' }],
    [],
  );
  assert.equal(d.meeting_staff.removed.length, 1);
});

test('a change re-issues the notice and tells each department exactly what changed for it', async () => {
  const b = ok(await s.dispatcher.get(`/api/v1/bookings/${bookingId}`));
  const before = new Date();
  ok(
    await s.dispatcher.patch(`/api/v1/bookings/${bookingId}`, {
      version: b.version,
      attendeeCount: 800,
      services: [{ code: 'microphones', qty: 6 }, { code: 'sign_in_desk' }, { code: 'water', kind: 'bottled' }],
    }),
  );
  assert.equal(await syncPending(t.database.db, clock.now(), fx.propertyId), 1);
  const n2 = await noticeOf(bookingId);
  assert.equal(n2.version, 2);
  assert.equal(n2.number, notice.number);
  const k = tasksByKey(n2);
  assert.ok(!k.has('av.recording'));
  assert.equal(k.get('ms.thermos').quantity, 80);
  const av = await notes(ids.av!, 'meetings.notice_changed');
  assert.equal(av.length, 1);
  assert.deepEqual(
    (av[0]!.data as any).diff.removed.map((x: any) => x.key),
    ['av.recording'],
  );
  const ms = await notes(ids.staff!, 'meetings.notice_changed');
  assert.equal(ms.length, 1);
  const q = (ms[0]!.data as any).diff.quantityChanged;
  assert.deepEqual(
    q.find((x: any) => x.key === 'ms.thermos'),
    { key: 'ms.thermos', title: '准备热水瓶', from: 120, to: 80 },
  );
  assert.match(ms[0]!.body!, /数量变更：准备热水瓶 120 → 80/);
  assert.equal((await notes(ids.security!, 'meetings.notice_changed')).length, 0, 'security: nothing changed for it');
  assert.equal((await notes(ids.cleaner!, 'meetings.notice_changed')).length, 0);
  assert.ok(before);
  notice = n2;
});

test('completing tasks: only the department, once; concurrent completions → one 200, one 409', async () => {
  const k = tasksByKey(notice);
  const fans = k.get('av.ac_fans');
  problem(await s.staff.post(`/api/v1/tasks/${fans.id}/complete`, { note: '代开' }), 403, 'wrong_department');
  problem(await s.av.post(`/api/v1/tasks/${fans.id}/complete`, { note: 'x', photoUrl: 'not a url' }), 400, 'validation_failed');
  const done = ok(await s.av.post(`/api/v1/tasks/${fans.id}/complete`, { note: '风柜已开', photoUrl: 'https://example.com/p.jpg' }));
  assert.deepEqual([done.status, done.doneBy, done.note], ['done', ids.av, '风柜已开']);
  problem(await s.av2.post(`/api/v1/tasks/${fans.id}/complete`, {}), 409, 'task_already_done');
  const lights = k.get('av.lights_on');
  const [r1, r2] = await Promise.all([
    s.av.post(`/api/v1/tasks/${lights.id}/complete`, {}),
    s.av2.post(`/api/v1/tasks/${lights.id}/complete`, {}),
  ]);
  assert.deepEqual([r1.statusCode, r2.statusCode].sort(), [200, 409]);
  const [row] = await t.database.db.select().from(meetingTasks).where(eq(meetingTasks.id, lights.id));
  assert.equal(row!.status, 'done');
  const audits = await t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, lights.id), eq(auditEvents.action, 'meeting_task.completed')));
  assert.equal(audits.length, 1);
  // The board: today and tomorrow by default; Thursday's tasks on request, in due order.
  const board = ok(
    await s.av.get(
      `/api/v1/tasks?propertyId=${fx.propertyId}&department=engineering_av&from=${encodeURIComponent(juneAt('03', '00:00'))}&to=${encodeURIComponent(juneAt('05', '00:00'))}`,
    ),
  );
  assert.ok(board.data.length >= 5);
  assert.ok(board.data.every((x: any, i: number, a: any[]) => x.department === 'engineering_av' && (i === 0 || a[i - 1].dueAt <= x.dueAt)));
  // Each meeting once, keyed by notice id.
  assert.deepEqual(Object.keys(board.meetings).sort(), [...new Set(board.data.map((x: any) => x.noticeId))].sort());
  assert.equal(board.meetings[notice.id].number, notice.number);
  assert.equal(board.meetings[notice.id].name, '全市经济工作会议');
  assert.equal(
    ok(await s.av.get(`/api/v1/tasks?propertyId=${fx.propertyId}&department=engineering_av`)).data.length,
    0,
    'nothing due today or tomorrow',
  );
});

test('readiness and verification', async () => {
  problem(await s.av.post(`/api/v1/service-notices/${notice.id}/readiness`, { department: 'engineering_av' }), 422, 'notice_not_ready');
  problem(await s.staff.post(`/api/v1/service-notices/${notice.id}/readiness`, { department: 'engineering_av' }), 403, 'wrong_department');
  const n = ok(await s.av.get(`/api/v1/service-notices/${notice.id}`));
  for (const task of n.departments.find((d: any) => d.department === 'engineering_av').tasks) {
    if (task.status === 'open') ok(await s.av.post(`/api/v1/tasks/${task.id}/complete`, {}));
  }
  const ready = ok(await s.av.post(`/api/v1/service-notices/${notice.id}/readiness`, { department: 'engineering_av' }));
  assert.ok(ready.departments.find((d: any) => d.department === 'engineering_av').readyAt);
  problem(await s.av.post(`/api/v1/service-notices/${notice.id}/readiness`, { department: 'engineering_av' }), 409, 'already_ready');
  problem(await s.staff.post(`/api/v1/service-notices/${notice.id}/verify`, { department: 'engineering_av' }), 403, 'forbidden');
  problem(await s.dispatcher.post(`/api/v1/service-notices/${notice.id}/verify`, { department: 'security' }), 422, 'department_not_ready');
  const verified = ok(await s.dispatcher.post(`/api/v1/service-notices/${notice.id}/verify`, { department: 'engineering_av' }));
  assert.equal(verified.departments.find((d: any) => d.department === 'engineering_av').verifiedBy, ids.dispatcher);
  assert.equal(verified.liveStatus, 'preparing', 'other departments not verified yet');
  problem(
    await s.dispatcher.post(`/api/v1/service-notices/${notice.id}/verify`, { department: 'engineering_av' }),
    409,
    'already_verified',
  );
  assert.equal((await notes(ids.dispatcher!, 'meetings.department_ready')).length, 1);
});

test('overdue scanner alerts each task once, to the department head (or the department) and the service center, through the outbox', async () => {
  // The meeting staff have a named head (领班); cleaning has none, so all cleaners hear of it.
  ok(
    await s.admin.put(`/api/v1/staff/${ids.staffHead}/profile`, {
      propertyId: fx.propertyId,
      post: '会务领班',
      trainings: [],
      departmentHead: true,
    }),
  );
  await t.database.db.execute(sql`update users set email = 'lingban@example.org' where id = ${ids.staffHead}`);
  clock.set(juneAt('03', '16:30'));
  const n1 = await alertOverdue(t.database.db, clock.now(), fx.propertyId);
  assert.ok(n1 >= 8, `claimed ${n1}`); // cleaning ×4, meeting staff ×3 of 16:00 (materials, setup, sign-in, water …)
  assert.equal(await alertOverdue(t.database.db, clock.now(), fx.propertyId), 0);
  const cl = await notes(ids.cleaner!, 'meetings.task_overdue');
  assert.equal(cl.length, 1);
  assert.equal((cl[0]!.data as any).taskIds.length, 4);
  assert.ok((await notes(ids.dispatcher!, 'meetings.task_overdue')).length >= 2);
  assert.equal((await notes(ids.av!, 'meetings.task_overdue')).length, 0, 'engineering completed its day-before task');
  const head = await notes(ids.staffHead!, 'meetings.task_overdue');
  assert.equal(head.length, 1);
  assert.equal((head[0]!.data as any).department, 'meeting_staff');
  assert.equal((await notes(ids.staff!, 'meetings.task_overdue')).length, 0, 'members are spared when the department has a head');
  const outbox = await t.database.db.execute(
    sql`select o.channel from outbox o join notifications n on n.id = o.notification_id where n.kind = 'meetings.task_overdue' and n.user_id = ${ids.staffHead}`,
  );
  assert.ok(
    outbox.rows.some((r: any) => r.channel === 'email'),
    'the alert also goes out by e-mail',
  );
  clock.set('2026-06-01T09:00:00+08:00');
});

test('cancelling the booking cancels the notice and its open tasks; the departments hear of it', async () => {
  const b = await roomMeeting('02', '10:00', '11:00', 12, { importance: 'ordinary' });
  const created = ok(await s.dispatcher.post('/api/v1/service-notices', { bookingId: b.id }), 201);
  assert.equal(tasksByKey(created).get('ms.cups').title, '准备纸杯');
  assert.ok(tasksByKey(created).has('ms.on_site') && !tasksByKey(created).has('cl.route'));
  const before = (await notes(ids.staff!, 'meetings.notice_cancelled')).length;
  ok(await s.dispatcher.post(`/api/v1/bookings/${b.id}/cancel`, { reason: '会议延期' }));
  problem(await s.dispatcher.post('/api/v1/service-notices', { bookingId: b.id }), 422, 'booking_not_confirmed');
  await syncPending(t.database.db, clock.now(), fx.propertyId);
  const n = ok(await s.dispatcher.get(`/api/v1/service-notices/${created.id}`));
  assert.deepEqual([n.status, n.version, n.liveStatus], ['cancelled', 2, 'cancelled']);
  const rows = await t.database.db.select().from(meetingTasks).where(eq(meetingTasks.noticeId, created.id));
  assert.ok(rows.every((r) => r.status === 'cancelled'));
  assert.equal((await notes(ids.staff!, 'meetings.notice_cancelled')).length, before + 1);
  problem(await s.staff.post(`/api/v1/service-notices/${created.id}/readiness`, { department: 'meeting_staff' }), 422, 'notice_inactive');
});

test('during the meeting: live status, explicit start/end, incidents with escalation', async () => {
  const b = await roomMeeting('02', '14:00', '15:00', 10);
  const n = ok(await s.dispatcher.post('/api/v1/service-notices', { bookingId: b.id }), 201);
  ok(await s.staff.post(`/api/v1/service-notices/${n.id}/start`));
  assert.equal(ok(await s.staff.get(`/api/v1/service-notices/${n.id}`)).liveStatus, 'in_progress');
  problem(await s.staff.post(`/api/v1/service-notices/${n.id}/start`), 422, 'meeting_state');
  const inc = ok(
    await s.staff.post(`/api/v1/service-notices/${n.id}/incidents`, {
      kind: 'equipment_failure',
      severity: 'serious',
      description: '主席台话筒无声',
      handledBy: '吴俊杰',
    }),
    201,
  );
  assert.match(inc.emergencyPlan, /预案/);
  assert.equal(inc.escalated, true);
  assert.equal((await notes(ids.supervisor!, 'meetings.incident_escalated')).length, 1);
  assert.equal((await notes(ids.av!, 'meetings.incident')).length, 1);
  problem(await s.staff.post(`/api/v1/service-notices/${n.id}/incidents`, { kind: 'fire', description: '' }), 400, 'validation_failed');
  ok(await s.staff.post(`/api/v1/meeting-incidents/${inc.id}/resolve`, { handling: '已更换备用话筒' }));
  problem(await s.staff.post(`/api/v1/meeting-incidents/${inc.id}/resolve`, { handling: '再次' }), 409, 'incident_already_resolved');
  ok(await s.staff.post(`/api/v1/service-notices/${n.id}/end`));
  assert.equal(ok(await s.staff.get(`/api/v1/service-notices/${n.id}`)).liveStatus, 'ended');
});

test('the meetings.scan job is wired: a confirmed booking gets its notice through the job runner', async () => {
  const b = await roomMeeting('03', '09:00', '10:00', 8);
  // A slot of its own: on a shared database an earlier run's slot job is done already.
  const id = await scheduleJob(
    t.database.db,
    SCAN_JOB,
    {},
    { runAt: new Date('2026-06-01T08:00:00+08:00'), uniqueKey: `${SCAN_JOB}:${uniq()}` },
  );
  assert.ok(id);
  assert.equal(await t.app.jobs.runDue(5, { ids: [id!] }), 1);
  const [job] = await t.database.db.select().from(jobs).where(eq(jobs.id, id!));
  assert.equal(job!.status, 'done');
  assert.equal(job!.kind, SCAN_JOB);
  assert.ok(await noticeOf(b.id));
});

test('three-level check: a missed check alerts the next level, across a restart of the app', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hy-meet-'));
  const c = new TestClock(new Date('2026-06-01T09:00:00+08:00'));
  let database = await openTestDatabase(process.env.DATABASE_URL ? undefined : dir);
  let app = await createTestApp({ clock: c, database });
  const p = await makeProperty(app.app);
  const room = await makeVenue(database.db, p, { layouts: [{ layout: 'discussion', capacity: 30 }] });
  const mk = async (roles: Role[]) => makeUser(app.app, [{ propertyId: p.propertyId, roles }]);
  const disp = await mk(['dispatcher']);
  const staff = await mk(['meeting_staff']);
  const lobby = await mk(['lobby_manager']);
  const hotline = await mk(['cs_assistant']);
  const sup = await mk(['cs_supervisor']);
  const ds = await login(app.app, disp);
  const b = ok(
    await ds.post('/api/v1/bookings', {
      ...bookingBody(),
      propertyId: p.propertyId,
      venueId: room,
      organizationId: p.organizationId,
      startAt: juneAt('02', '15:00'),
      endAt: juneAt('02', '16:00'),
      attendeeCount: 10,
      application: undefined,
      services: [],
    }),
    201,
  );
  const n = ok(await ds.post('/api/v1/service-notices', { bookingId: b.id }), 201);
  await app.close();
  if (!process.env.DATABASE_URL) await database.close();

  // Restart: a new app on the same database, the clock past the first check's due time.
  c.set(juneAt('02', '13:01'));
  database = process.env.DATABASE_URL ? database : await openTestDatabase(dir);
  app = await createTestApp({ clock: c, database });
  try {
    const checkJobs = async () =>
      (
        await database.db
          .select()
          .from(jobs)
          .where(and(eq(jobs.kind, 'meetings.check_due'), sql`${jobs.payload}->>'noticeId' = ${n.id}`))
      ).map((j) => j.id);
    await app.app.jobs.runDue(20, { ids: await checkJobs() });
    const kinds = async (u: string) =>
      await database.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, u), eq(notifications.kind, 'meetings.check_missed')));
    assert.equal((await kinds(lobby.id)).length, 1, 'level 1 missed → level 2 (environment supervisor) alerted');
    assert.equal((await kinds(hotline.id)).length, 0);
    const supBefore = (await kinds(sup.id)).length; // cs_supervisor is also a level-2 role
    const ls = await login(app.app, lobby);
    problem(await (await login(app.app, staff)).post(`/api/v1/service-notices/${n.id}/checks/2`, { result: 'ok' }), 403, 'forbidden');
    const rec = ok(await ls.post(`/api/v1/service-notices/${n.id}/checks/2`, { result: 'ok', finding: '准备就绪' }));
    assert.deepEqual(
      rec.checks.map((x: any) => x.status),
      ['missed', 'ok', 'pending'],
    );
    problem(await ls.post(`/api/v1/service-notices/${n.id}/checks/2`, { result: 'ok' }), 409, 'check_already_recorded');
    c.set(juneAt('02', '14:45'));
    await app.app.jobs.runDue(20, { ids: await checkJobs() });
    assert.equal((await kinds(hotline.id)).length, 0, 'level 2 was recorded: no alert to the hotline');
    assert.equal((await kinds(sup.id)).length, supBefore + 1, 'level 3 missed → the managers');
    await app.app.jobs.runDue(20, { ids: await checkJobs() });
    assert.equal((await kinds(sup.id)).length, supBefore + 1, 'once');
    const done = await database.db
      .select()
      .from(jobs)
      .where(inArray(jobs.id, await checkJobs()));
    assert.ok(done.every((j) => j.status === 'done'));
  } finally {
    await app.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
