/** M10: the bureau's daily report — JSON, .xlsx (audited), access, and the durable job. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { makeProperty, makeUser, login, problem, ok, uniq, TestClock } from '../../../test/helpers.ts';
import { auditEvents, bureauReports, jobs, outbox, properties } from '../../../db/schema/index.ts';
import { scheduleBureauReport } from './bureau-report.jobs.ts';
import { bookingsWorld, START, at, iso, type BookingsWorld } from '../booking/booking.fixture.ts';
import { makeVenue } from '../../../test/builders.ts';

const clock = new TestClock(new Date(START));
let w: BookingsWorld;
before(async () => (w = await bookingsWorld(clock)));
after(async () => w.t.close());

test('bureau daily report: next two working days, printable JSON, xlsx audited, access, durable job', async () => {
  const { t, s, body, bell, jobsOf, runJobs } = w;
  clock.set(START);
  // A property of its own so the report holds exactly these bookings.
  const p = await makeProperty(t.app, '行政办事中心');
  const room = await makeVenue(t.database.db, p, {
    name: '201会议室',
    venueClass: 'B',
    seats: 40,
    layouts: undefined,
    defaultLayout: undefined,
  });
  const mk = async (roles: Parameters<typeof makeUser>[1][number]['roles'], organizationId: string | null = null) =>
    login(t.app, await makeUser(t.app, [{ propertyId: p.propertyId, roles }], { organizationId, email: `${uniq('b')}@example.cn` }));
  const disp = await mk(['dispatcher']);
  const bureauUser = await makeUser(t.app, [{ propertyId: p.propertyId, roles: ['bureau_approver'] }], { email: 'bureau@example.cn' });
  const bureau = await login(t.app, bureauUser);
  const organizer = await mk(['organizer'], p.organizationId);
  for (const [day, topic] of [
    ['02', '周二会议'],
    ['03', '周三会议'],
    ['04', '周四会议'],
  ] as const) {
    ok(
      await disp.post(
        '/api/v1/bookings',
        body({
          propertyId: p.propertyId,
          venueId: room,
          organizationId: p.organizationId,
          topic,
          attendeeCount: 20,
          startAt: at(day, '14:00'),
          endAt: at(day, '16:00'),
        }),
      ),
      201,
    );
  }
  const url = `/api/v1/reports/bureau-daily?propertyId=${p.propertyId}&date=2026-06-01`;
  const r = ok(await bureau.get(url));
  assert.equal(r.title, '行政办事中心会议室预订情况（6月2日—6月3日）');
  assert.deepEqual(
    r.rows.map((x: { date: string; time: string; topic: string; statusLabel: string }) => [x.date, x.time, x.topic, x.statusLabel]),
    [
      ['2026-06-02', '14:00–16:00', '周二会议', '已确认'],
      ['2026-06-03', '14:00–16:00', '周三会议', '已确认'],
    ],
  );
  problem(await organizer.get(url), 403, 'forbidden');
  problem(await s.dispatcher.get(url), 404, 'not_found');
  problem(await bureau.get(`/api/v1/reports/bureau-daily?propertyId=${p.propertyId}&date=2026-06-31`), 400, 'validation_failed');

  const x = await disp.get(url.replace('bureau-daily', 'bureau-daily.xlsx'));
  assert.equal(x.statusCode, 200);
  assert.match(String(x.headers['content-disposition']), /attachment/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(x.rawPayload as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0]!;
  assert.equal(ws.getCell('A1').value, '行政办事中心会议室预订情况（6月2日—6月3日）');
  assert.deepEqual((ws.getRow(2).values as unknown[]).slice(1), [
    '日期',
    '时间',
    '会议室',
    '类别',
    '会议名称',
    '主办单位',
    '联系人',
    '电话',
    '人数',
    '状态',
  ]);
  assert.deepEqual((ws.getRow(3).values as unknown[]).slice(1, 6), ['2026-06-02', '14:00–16:00', '201会议室', 'B', '周二会议']);
  assert.equal(ws.rowCount, 4);
  assert.ok((ws.getColumn(5).width ?? 0) >= 20);
  const exported = await t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.propertyId, p.propertyId), eq(auditEvents.action, 'report.exported')));
  assert.equal(exported.length, 1);

  // The job: at the report time on a working day; snapshot once; the bureau told in-app and by e-mail; the next working day scheduled.
  await t.database.db
    .update(properties)
    .set({ settings: { bureauReportTime: '17:05' } })
    .where(eq(properties.id, p.propertyId));
  await scheduleBureauReport(t.database.db, p.propertyId, '2026-06-05');
  const [job] = await jobsOf(`bookings.bureau_daily:${p.propertyId}:2026-06-05`);
  assert.equal(job!.runAt.toISOString(), iso('2026-06-05T17:05:00+08:00'));
  assert.equal(await scheduleBureauReport(t.database.db, p.propertyId, '2026-06-05'), null, 'one job per property and day');
  clock.set('2026-06-05T17:05:00+08:00');
  await runJobs([job!]);
  const [snap] = await t.database.db.select().from(bureauReports).where(eq(bureauReports.propertyId, p.propertyId));
  assert.deepEqual([snap!.reportDate, snap!.fromDate, snap!.toDate, snap!.rows.length], ['2026-06-05', '2026-06-06', '2026-06-09', 0]);
  const told = await bell(bureauUser.id, 'report.bureau_daily', 'date', '2026-06-05');
  assert.equal(told.length, 1);
  assert.equal(told[0]!.title, '行政办事中心会议室预订情况（6月6日—6月9日）');
  const [mail] = await t.database.db
    .select({ n: count() })
    .from(outbox)
    .where(and(eq(outbox.notificationId, told[0]!.id), eq(outbox.channel, 'email')));
  assert.equal(Number(mail!.n), 1);
  const [next] = await jobsOf(`bookings.bureau_daily:${p.propertyId}:2026-06-08`);
  assert.equal(next!.runAt.toISOString(), iso('2026-06-08T17:05:00+08:00'), 'Friday → Monday');
  await t.database.db.update(jobs).set({ status: 'queued' }).where(eq(jobs.id, job!.id));
  await runJobs([job!]);
  assert.equal((await bell(bureauUser.id, 'report.bureau_daily', 'date', '2026-06-05')).length, 1, 'idempotent');
});
