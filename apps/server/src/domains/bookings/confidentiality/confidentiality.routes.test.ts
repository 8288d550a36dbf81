/**
 * SPEC M12 through the real routes: a confidential meeting is seen whole by booking staff, the
 * bureau, managers, its organizer and assigned authorised staff — and not at all by anyone else
 * (404 on detail, absent from lists and reports, an anonymous slot on the board, a neutral public page).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { problem, ok, uniq, TestClock, type TestApp, type Fixture, type Session } from '../../../test/helpers.ts';
import { auditEvents, organizations, staffProfiles } from '../../../db/schema/index.ts';
import { juneAt, makeMeetingVenues, makeOrganization, organizers, propertyFor, roster } from '../../../test/builders.ts';

const clock = new TestClock(new Date('2026-06-01T09:00:00+08:00'));

let t: TestApp;
let fx: Fixture;
let room: string;
type Who = 'dispatcher' | 'bureau' | 'organizer' | 'otherOrganizer' | 'cleaner' | 'staff' | 'staff2' | 'supervisor';
const team = roster<Who>();
const { s, ids } = team;
const closed = { booking: '', notice: '', topic: '保密协调会', phone: '13900001111' };
const open = { booking: '', notice: '', topic: '公开座谈会' };

const bookingBody = (over: Record<string, unknown>) => ({
  propertyId: fx.propertyId,
  venueId: room,
  attendeeCount: 10,
  organizationId: fx.organizationId,
  contactName: '李秘书',
  contactPhone: '13800002222',
  ...over,
});

before(async () => {
  ({ t, fx } = await propertyFor(team, clock));
  room = (await makeMeetingVenues(t.database.db, fx)).room;
  await team.members({
    ...organizers(fx.organizationId, await makeOrganization(t.database.db, fx.propertyId)),
    dispatcher: 'dispatcher',
    bureau: 'bureau_approver',
    cleaner: 'cleaner',
    staff: 'meeting_staff',
    staff2: 'meeting_staff',
    supervisor: 'cs_supervisor',
  });
  // Both meeting-staff members are authorised for confidential meetings; only `staff` will be assigned.
  await t.database.db.insert(staffProfiles).values(
    [ids.staff!, ids.staff2!].map((userId) => ({
      propertyId: fx.propertyId,
      userId,
      confidentialAuthorised: true,
      backgroundCheckNo: uniq('WF'),
      backgroundCheckUntil: '2027-12-31',
    })),
  );
  const c = ok(
    await s.dispatcher.post(
      '/api/v1/bookings',
      bookingBody({
        startAt: juneAt('02', '10:00'),
        endAt: juneAt('02', '11:00'),
        topic: closed.topic,
        contactPhone: closed.phone,
        confidentiality: 'confidential',
      }),
    ),
    201,
  );
  const o = ok(
    await s.dispatcher.post(
      '/api/v1/bookings',
      bookingBody({ startAt: juneAt('02', '14:00'), endAt: juneAt('02', '15:00'), topic: open.topic }),
    ),
    201,
  );
  closed.booking = c.id;
  open.booking = o.id;
  closed.notice = ok(await s.dispatcher.post('/api/v1/service-notices', { bookingId: c.id }), 201).id;
  open.notice = ok(await s.dispatcher.post('/api/v1/service-notices', { bookingId: o.id }), 201).id;
});
after(async () => t.close());

/** The audit events of one action by one actor. */
const auditBy = (action: string, actorId: string) =>
  t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.actorId, actorId)));

const day = () =>
  `propertyId=${fx.propertyId}&from=${encodeURIComponent(juneAt('02', '00:00'))}&to=${encodeURIComponent(juneAt('03', '00:00'))}`;
const bookingIds = async (who: Session) => ok(await who.get(`/api/v1/bookings?${day()}`)).data.map((b: { id: string }) => b.id);
const noticeIds = async (who: Session) => ok(await who.get(`/api/v1/service-notices?${day()}`)).data.map((n: { id: string }) => n.id);
const boardRoom = async (who: Session) =>
  ok(await who.get(`/api/v1/bookings/board?propertyId=${fx.propertyId}&date=2026-06-02`)).venues.find((x: { id: string }) => x.id === room)
    .items as Record<string, unknown>[];
const tasksOf = async (noticeId: string) =>
  ok(await s.dispatcher.get(`/api/v1/service-notices/${noticeId}`)).departments.flatMap((d: { tasks: unknown[] }) => d.tasks) as {
    id: string;
    department: string;
  }[];

test('an unassigned cleaner does not see a confidential meeting: lists, detail, board, tasks, incidents, bureau report', async () => {
  // Lists: absent; the public meeting is there.
  assert.deepEqual(await bookingIds(s.cleaner), [open.booking]);
  assert.deepEqual(await noticeIds(s.cleaner), [open.notice]);
  // Detail, history, notice, print: 404 as if it did not exist.
  problem(await s.cleaner.get(`/api/v1/bookings/${closed.booking}`), 404, 'not_found');
  problem(await s.cleaner.get(`/api/v1/bookings/${closed.booking}/history`), 404, 'not_found');
  problem(await s.cleaner.get(`/api/v1/service-notices/${closed.notice}`), 404, 'not_found');
  problem(await s.cleaner.get(`/api/v1/service-notices/${closed.notice}/print`), 404, 'not_found');
  // Board: the slot is occupied, with no number, name, unit or contact; the public meeting shows whole.
  const items = await boardRoom(s.cleaner);
  const busy = items.filter((i) => i.kind === 'occupied');
  assert.equal(busy.length, 1);
  assert.deepEqual([busy[0]!.bookingId, busy[0]!.number, busy[0]!.topic, busy[0]!.organizationName], [null, null, null, null]);
  assert.equal(busy[0]!.start, '2026-06-02T09:45:00+08:00', 'the whole hold, setup and cleanup included');
  assert.ok(items.some((i) => i.kind === 'booking' && i.topic === open.topic));
  const text = JSON.stringify(items);
  for (const secret of [closed.booking, closed.topic, closed.phone, '李秘书']) assert.ok(!text.includes(secret), `board leaks ${secret}`);
  // Department boards: none of its tasks.
  const board = ok(await s.cleaner.get(`/api/v1/tasks?${day()}`));
  assert.ok(!board.data.some((x: { noticeId: string }) => x.noticeId === closed.notice) && !board.meetings[closed.notice]);
  // Incidents: it can neither report one nor resolve one reported by the service center.
  problem(
    await s.cleaner.post(`/api/v1/service-notices/${closed.notice}/incidents`, { kind: 'noise', description: '走廊噪音' }),
    404,
    'not_found',
  );
  const incident = ok(
    await s.dispatcher.post(`/api/v1/service-notices/${closed.notice}/incidents`, { kind: 'noise', description: '走廊噪音' }),
    201,
  );
  problem(await s.cleaner.post(`/api/v1/meeting-incidents/${incident.id}/resolve`, { handling: '已处理' }), 404, 'not_found');
  const task = (await tasksOf(closed.notice)).find((x) => x.department === 'cleaning') ?? (await tasksOf(closed.notice))[0]!;
  problem(await s.cleaner.post(`/api/v1/tasks/${task.id}/complete`, {}), 404, 'not_found');
  // The bureau's daily report: the cleaner's rows leave it out; the bureau (which approves bookings) and the service center see it whole.
  const report = (who: Session) => who.get(`/api/v1/reports/bureau-daily?propertyId=${fx.propertyId}&date=2026-06-01`);
  assert.deepEqual(
    ok(await report(s.cleaner)).rows.map((r: { bookingId: string }) => r.bookingId),
    [open.booking],
  );
  for (const who of [s.bureau, s.dispatcher]) {
    const rows = ok(await report(who)).rows;
    assert.deepEqual(
      rows.map((r: { topic: string }) => r.topic),
      [closed.topic, open.topic],
    );
  }
  const viewed = await auditBy('report.viewed', ids.bureau);
  assert.deepEqual(
    viewed.map((e) => (e.meta as { confidentialBookings: string[] }).confidentialBookings),
    [[closed.booking]],
    'a view with a confidential meeting is recorded',
  );
  const xlsx = async (who: Session) => {
    const res = await who.get(`/api/v1/reports/bureau-daily.xlsx?propertyId=${fx.propertyId}&date=2026-06-01`);
    assert.equal(res.statusCode, 200);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    return wb.worksheets[0]!.getSheetValues().flat().map(String);
  };
  const cleanerCells = await xlsx(s.cleaner);
  assert.ok(
    cleanerCells.includes(open.topic) && !cleanerCells.includes(closed.topic) && !cleanerCells.includes(closed.phone),
    'the export names it only to those allowed',
  );
  assert.ok((await xlsx(s.dispatcher)).includes(closed.topic));
});

test('an assigned, authorised member of staff sees the meeting whole; so do its organizer and the bureau; other staff and units do not', async () => {
  const task = (await tasksOf(closed.notice)).find((x) => x.department === 'meeting_staff')!;
  problem(await s.staff.get(`/api/v1/bookings/${closed.booking}`), 404, 'not_found');
  ok(await s.dispatcher.post(`/api/v1/tasks/${task.id}/assignments`, { userId: ids.staff }), 201);
  const b = ok(await s.staff.get(`/api/v1/bookings/${closed.booking}`));
  assert.deepEqual([b.topic, b.contactPhone], [closed.topic, closed.phone]);
  assert.ok((await bookingIds(s.staff)).includes(closed.booking));
  assert.ok((await noticeIds(s.staff)).includes(closed.notice));
  assert.ok((await boardRoom(s.staff)).some((i) => i.kind === 'booking' && i.topic === closed.topic));
  ok(await s.staff.get(`/api/v1/service-notices/${closed.notice}`));
  const views = await t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, closed.booking), eq(auditEvents.action, 'booking.viewed')));
  assert.ok(
    views.some((e) => e.actorId === ids.staff),
    'the view is recorded',
  );
  // Authorised but not assigned: still nothing.
  problem(await s.staff2.get(`/api/v1/bookings/${closed.booking}`), 404, 'not_found');
  assert.ok(!(await bookingIds(s.staff2)).includes(closed.booking));
  // The organizing unit sees its own; another unit does not; the bureau sees every booking it approves.
  assert.equal(ok(await s.organizer.get(`/api/v1/bookings/${closed.booking}`)).topic, closed.topic);
  assert.ok((await bookingIds(s.organizer)).includes(closed.booking));
  problem(await s.otherOrganizer.get(`/api/v1/bookings/${closed.booking}`), 404, 'not_found');
  assert.equal(ok(await s.bureau.get(`/api/v1/bookings/${closed.booking}`)).topic, closed.topic);
});

test('the public sign-in page of a confidential meeting names neither the meeting, the unit nor the venue', async () => {
  const page = async (noticeId: string) => {
    const code = ok(await s.dispatcher.get(`/api/v1/service-notices/${noticeId}/sign-in-code`));
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/public/meeting-sign-in/${code.token}` });
    assert.equal(res.statusCode, 200, res.body);
    return { body: res.body, json: res.json() };
  };
  const c = await page(closed.notice);
  assert.equal(c.json.meetingName, '会议签到');
  assert.equal(c.json.venue, null);
  const unit = (await t.database.db.select().from(organizations).where(eq(organizations.id, fx.organizationId)))[0]!.name;
  for (const secret of [closed.topic, '第一座谈室', unit, closed.phone]) assert.ok(!c.body.includes(secret), `public page leaks ${secret}`);
  const o = await page(open.notice);
  assert.deepEqual([o.json.meetingName, o.json.venue], [open.topic, '第一座谈室']);
});

test('meeting reports name a confidential meeting only to their readers (who see every meeting); exports are audited', async () => {
  const daily = ok(await s.supervisor.get(`/api/v1/reports/meetings/daily?propertyId=${fx.propertyId}&date=2026-06-02`));
  assert.deepEqual(
    daily.data.map((m: { meetingName: string }) => m.meetingName),
    [closed.topic, open.topic],
  );
  problem(await s.cleaner.get(`/api/v1/reports/meetings/daily?propertyId=${fx.propertyId}&date=2026-06-02`), 403, 'forbidden');
  problem(await s.organizer.get(`/api/v1/reports/meetings/daily?propertyId=${fx.propertyId}&date=2026-06-02`), 403, 'forbidden');
  const x = await s.supervisor.get(`/api/v1/reports/meetings/daily?propertyId=${fx.propertyId}&date=2026-06-02&format=xlsx`);
  assert.equal(x.statusCode, 200);
  const exported = await auditBy('meeting_report.exported', ids.supervisor);
  assert.deepEqual(
    exported.map((e) => (e.meta as { confidentialNotices: string[] }).confidentialNotices),
    [[closed.notice]],
  );
});
