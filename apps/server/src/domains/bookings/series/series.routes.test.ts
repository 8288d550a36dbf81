import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, count, eq, inArray, like } from 'drizzle-orm';
import ICAL from 'ical.js';
import ExcelJS from 'exceljs';
import { createTestApp, makeProperty, makeUser, login, problem, ok, uniq, TestClock, type TestApp, type Fixture, type Session } from '../../../test/helpers.ts';
import { auditEvents, bookingHolds, buildings, bookings, bureauReports, jobs, notifications, organizations, outbox, properties, venueLinks, venues } from '../../../db/schema/index.ts';
import { scheduleBureauReport } from '../bureau-report/bureau-report.jobs.ts';

// Monday 2026-06-01 09:00 in Shanghai.
const START = '2026-06-01T09:00:00+08:00';
const clock = new TestClock(new Date(START));
const at = (day: string, hhmm: string) => `2026-06-${day}T${hhmm}:00+08:00`;
const iso = (s: string) => new Date(s).toISOString();

let t: TestApp;
let fx: Fixture;
let otherOrgId: string;
let secondBuildingId: string;
const v: Record<'room' | 'room2' | 'hall' | 'vip' | 'east', string> = {} as never;
const s: Record<'dispatcher' | 'assistant' | 'organizer' | 'organizer2' | 'bureau' | 'staff' | 'tenant', Session> = {} as never;
const ids: Record<string, string> = {};
const application = { applicantUnit: '市发改委', purpose: '全市经济工作会议' };

async function venue(over: Partial<typeof venues.$inferInsert>) {
  const [row] = await t.database.db.insert(venues).values({
    propertyId: fx.propertyId, buildingId: fx.buildingId, code: uniq('V'), name: '座谈室', venueType: 'discussion_room', venueClass: 'A', seats: 30,
    layouts: [{ layout: 'discussion', capacity: 30, setupMinutes: 15, cleanupMinutes: 15 }], defaultLayout: 'discussion', ...over,
  }).returning();
  return row!.id;
}

before(async () => {
  t = await createTestApp({ clock });
  fx = await makeProperty(t.app);
  const db = t.database.db;
  const [o2] = await db.insert(organizations).values({ propertyId: fx.propertyId, name: uniq('市财政局') }).returning();
  otherOrgId = o2!.id;
  v.room = await venue({ name: '第一座谈室', equipment: [{ code: 'projector', qty: 1 }] });
  v.room2 = await venue({ name: '第二座谈室' });
  v.vip = await venue({ name: '贵宾室', venueType: 'vip_room', seats: 12, layouts: [], defaultLayout: null });
  v.hall = await venue({
    name: '203人会议厅', venueType: 'theatre_hall', venueClass: 'C', seats: 203, defaultLayout: 'theatre',
    layouts: [{ layout: 'theatre', capacity: 203, setupMinutes: 60, cleanupMinutes: 30 }], equipment: [{ code: 'projector', qty: 2 }, { code: 'video', qty: 1 }],
  });
  await db.insert(venueLinks).values({ venueId: v.hall, linkedVenueId: v.vip });
  const [b2] = await db.insert(buildings).values({ propertyId: fx.propertyId, code: 'DL', name: '东楼' }).returning();
  secondBuildingId = b2!.id;
  v.east = await venue({ name: '东楼会议室', buildingId: secondBuildingId, venueClass: 'B', seats: 80, layouts: [], defaultLayout: null });
  const user = async (key: keyof typeof s, roles: Parameters<typeof makeUser>[1][number]['roles'], organizationId: string | null = null) => {
    const u = await makeUser(t.app, [{ propertyId: fx.propertyId, roles }], { organizationId, email: `${uniq('m')}@example.cn` });
    ids[key] = u.id;
    s[key] = await login(t.app, u);
  };
  await user('dispatcher', ['dispatcher']);
  await user('assistant', ['cs_assistant']);
  await user('organizer', ['organizer'], fx.organizationId);
  await user('organizer2', ['organizer'], otherOrgId);
  await user('bureau', ['bureau_approver']);
  await user('staff', ['meeting_staff']);
  await user('tenant', ['tenant']);
});
after(async () => t.close());

const body = (over: Record<string, unknown> = {}) => ({
  propertyId: fx.propertyId, venueId: v.room, startAt: at('02', '09:00'), endAt: at('02', '10:00'), attendeeCount: 12, topic: '周例会',
  organizationId: fx.organizationId, contactName: '李明', contactPhone: '0755-28304101', ...over,
});
const book = async (over: Record<string, unknown> = {}, who: Session = s.dispatcher) => ok(await who.post('/api/v1/bookings', body(over)), 201);
const bell = async (userId: string, kind: string, key: string, value: string) =>
  (await t.database.db.select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)))).filter((n) => n.data?.[key] === value);
const jobsOf = async (prefix: string) => t.database.db.select().from(jobs).where(like(jobs.uniqueKey, `${prefix}%`)).orderBy(jobs.id);
const row = async (id: string) => (await t.database.db.select().from(bookings).where(eq(bookings.id, id)))[0]!;
const runJobs = async (rows: { id: number }[]) => t.app.jobs.runDue(20, { ids: rows.map((r) => r.id) });

test('expiry: an undecided C-class request expires at its latest decision time; a move reschedules; idempotent', async () => {
  clock.set(START);
  const b = await book({ venueId: v.hall, attendeeCount: 100, application, startAt: at('03', '10:00'), endAt: at('03', '11:00') }, s.organizer);
  assert.equal(b.status, 'requested');
  const [first] = await jobsOf(`bookings.expire:${b.id}:`);
  assert.equal(first!.runAt.toISOString(), iso(at('02', '10:00')), 'C class: one working day before the start');
  const moved = ok(await s.organizer.patch(`/api/v1/bookings/${b.id}`, { version: b.version, startAt: at('04', '10:00'), endAt: at('04', '11:00') }));
  const all = await jobsOf(`bookings.expire:${b.id}:`);
  assert.equal(all.length, 2);
  assert.equal(all[1]!.runAt.toISOString(), iso(at('03', '10:00')));
  ok(await s.organizer.patch(`/api/v1/bookings/${b.id}`, { version: moved.version, notes: '无' }));
  assert.equal((await jobsOf(`bookings.expire:${b.id}:`)).length, 2, 'a change that is not of time keeps the schedule');

  clock.set(at('02', '10:00'));
  await runJobs([first!]);
  assert.equal((await row(b.id)).status, 'requested', 'the stale job does nothing');
  clock.set(at('03', '10:00'));
  await runJobs([all[1]!]);
  const expired = await row(b.id);
  assert.equal(expired.status, 'expired');
  const holds = await t.database.db.select().from(bookingHolds).where(eq(bookingHolds.bookingId, b.id));
  assert.ok(holds.length === 2 && holds.every((h) => !h.active), 'the hall and its VIP room are free again');
  assert.equal((await bell(ids.organizer!, 'booking.expired', 'bookingId', b.id)).length, 1);
  const audits = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, b.id), eq(auditEvents.action, 'booking.expired')));
  assert.equal(audits.length, 1);
  // Idempotent: the same job again (or a duplicate delivery) changes nothing.
  await t.database.db.update(jobs).set({ status: 'queued' }).where(eq(jobs.id, all[1]!.id));
  await runJobs([all[1]!]);
  assert.equal((await row(b.id)).version, expired.version);

  // A request the bureau approved in time does not expire.
  clock.set(START);
  const c = await book({ venueId: v.hall, attendeeCount: 100, application, startAt: at('05', '10:00'), endAt: at('05', '11:00') });
  ok(await s.bureau.post(`/api/v1/bookings/${c.id}/approve`, {}));
  clock.set(at('05', '10:00'));
  await runJobs(await jobsOf(`bookings.expire:${c.id}:`));
  assert.equal((await row(c.id)).status, 'confirmed');
});

const seriesBody = (over: Record<string, unknown> = {}) => body({ venueId: v.room, startAt: at('08', '14:00'), endAt: at('08', '15:00'), topic: '每周办公会', rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=5', ...over });

test('series: preview per occurrence; a conflict refuses everything with each occurrence named; chosen dates are booked together', async () => {
  clock.set(START);
  const other = await book({ startAt: at('15', '14:30'), endAt: at('15', '16:00'), topic: '预算会' });
  const preview = ok(await s.dispatcher.post('/api/v1/bookings/series/preview', seriesBody()));
  assert.deepEqual(preview.occurrences.map((o: { date: string; status: string }) => `${o.date}:${o.status}`),
    ['2026-06-08:ok', '2026-06-15:booking_conflict', '2026-06-22:ok', '2026-06-29:ok', '2026-07-06:ok']);
  assert.equal(preview.occurrences[1].conflicts[0].number, other.number);
  assert.deepEqual(preview.summary, { total: 5, ok: 4, skipped: 0, excluded: 0, problems: 1 });

  const before = await t.database.db.select({ n: count() }).from(bookings).where(eq(bookings.venueId, v.room));
  const clash = problem(await s.dispatcher.post('/api/v1/bookings/series', seriesBody()), 409, 'booking_conflict');
  assert.deepEqual((clash.occurrences as { date: string }[]).map((o) => o.date), ['2026-06-15']);
  assert.deepEqual(await t.database.db.select({ n: count() }).from(bookings).where(eq(bookings.venueId, v.room)), before, 'nothing written');

  const created = ok(await s.dispatcher.post('/api/v1/bookings/series', seriesBody({ skipDates: ['2026-06-15'], exdates: ['2026-06-29'] })), 201);
  assert.deepEqual(created.bookings.map((b: { occurrenceDate: string }) => b.occurrenceDate), ['2026-06-08', '2026-06-22', '2026-07-06']);
  assert.deepEqual(created.series.exdates, ['2026-06-15', '2026-06-29']);
  assert.ok(created.bookings.every((b: { seriesId: string; status: string; startAt: string }) => b.seriesId === created.series.id && b.status === 'confirmed'));
  assert.equal(created.bookings[1].startAt, iso(at('22', '14:00')));
  const listed = ok(await s.dispatcher.get(`/api/v1/bookings?propertyId=${fx.propertyId}&seriesId=${created.series.id}`)).data;
  assert.equal(listed.length, 3);

  // Occurrences are bookings: one is moved, one cancelled; then the series' future ones are cancelled.
  const [o1, o2, o3] = created.bookings;
  const moved = ok(await s.dispatcher.patch(`/api/v1/bookings/${o1.id}`, { version: o1.version, startAt: at('09', '14:00'), endAt: at('09', '15:00') }));
  assert.equal(moved.occurrenceDate, '2026-06-08', 'the occurrence keeps its date (RECURRENCE-ID)');
  ok(await s.dispatcher.post(`/api/v1/bookings/${o2.id}/cancel`, { reason: '端午调休' }));
  problem(await s.organizer2.post(`/api/v1/bookings/series/${created.series.id}/cancel`, { reason: 'x' }), 404, 'not_found');
  const cancelled = ok(await s.dispatcher.post(`/api/v1/bookings/series/${created.series.id}/cancel`, { reason: '例会取消' }));
  assert.deepEqual(cancelled.bookings.map((b: { id: string }) => b.id).sort(), [o1.id, o3.id].sort());
  const got = ok(await s.organizer.get(`/api/v1/bookings/series/${created.series.id}`));
  assert.ok(got.series.cancelledAt);
  assert.ok(got.bookings.every((b: { status: string }) => b.status === 'cancelled'));
});

test('series: bad input is 400 with fields, rule problems 422, nothing half-written', async () => {
  clock.set(START);
  const cases: [Record<string, unknown>, string, string][] = [
    [{ exdates: ['2026-06-08', '2026-06-08'] }, 'exdates.1', 'duplicate'],
    [{ exdates: ['2026-06-15'], skipDates: ['2026-06-15'] }, 'skipDates.0', 'duplicate'],
    [{ skipDates: ['2026-06-09'] }, 'skipDates.0', 'not_an_occurrence'],
    [{ exdates: ['2026-02-30'] }, 'exdates.0', 'custom'],
    [{ rrule: 'FREQ=WEEKLY' }, 'rrule', 'unbounded'],
    [{ rrule: 'FREQ=DAILY;COUNT=201' }, 'rrule', 'too_many'],
    [{ rrule: 'FREQ=WEEKLY;UNTIL=20290101' }, 'rrule', 'too_long'],
    [{ rrule: 'FREQ=MINUTELY;COUNT=3' }, 'rrule', 'unsupported_frequency'],
    [{ endAt: at('08', '13:00') }, 'endAt', 'end_before_start'],
    [{ venueId: '00000000-0000-4000-8000-000000000000' }, 'venueId', 'unknown_reference'],
  ];
  for (const [over, path, code] of cases) {
    const p = problem(await s.dispatcher.post('/api/v1/bookings/series', seriesBody(over)), 400, 'validation_failed');
    assert.ok(p.fields?.some((f) => f.path === path && (f as { code?: string }).code === code), `${JSON.stringify(over)} → ${JSON.stringify(p.fields)}`);
  }
  problem(await s.dispatcher.post('/api/v1/bookings/series', seriesBody({ attendeeCount: 31 })), 422, 'capacity_exceeded');
  // 21:00–22:30 is past the opening hours on every occurrence: reported per occurrence.
  const late = problem(await s.dispatcher.post('/api/v1/bookings/series', seriesBody({ rrule: 'FREQ=DAILY;COUNT=2', startAt: at('10', '21:00'), endAt: at('10', '22:30') })), 422, 'series_occurrence_invalid');
  assert.deepEqual((late.occurrences as { status: string }[]).map((o) => o.status), ['outside_bookable_hours', 'outside_bookable_hours']);
  problem(await s.bureau.post('/api/v1/bookings/series/preview', seriesBody()), 403, 'forbidden');
  const [n] = await t.database.db.select({ n: count() }).from(bookings).where(and(eq(bookings.propertyId, fx.propertyId), eq(bookings.topic, '每周办公会'), inArray(bookings.status, ['requested'])));
  assert.equal(Number(n!.n), 0);
});

test('closures: preview, hold the venue (409 venue_closed), resolve move/keep, organizers told, listed', async () => {
  clock.set(START);
  const x = await book({ venueId: v.room2, startAt: at('10', '10:00'), endAt: at('10', '11:00'), topic: '座谈会 X' }, s.organizer);
  const y = await book({ venueId: v.room2, startAt: at('10', '14:00'), endAt: at('10', '15:00'), topic: '座谈会 Y', organizationId: otherOrgId });
  const closure = { propertyId: fx.propertyId, venueId: v.room2, startAt: at('10', '09:00'), endAt: at('10', '16:00'), reason: '空调检修' };
  const preview = ok(await s.dispatcher.post('/api/v1/venue-closures', { ...closure, preview: true }));
  assert.deepEqual(preview.collisions.map((c: { number: string }) => c.number), [x.number, y.number]);
  problem(await s.organizer.post('/api/v1/venue-closures', closure), 403, 'forbidden');
  problem(await s.dispatcher.post('/api/v1/venue-closures', { ...closure, endAt: closure.startAt }), 400, 'validation_failed');
  problem(await s.dispatcher.post('/api/v1/venue-closures', { ...closure, venueId: '00000000-0000-4000-8000-000000000000' }), 400, 'validation_failed');

  const c = ok(await s.dispatcher.post('/api/v1/venue-closures', closure), 201);
  assert.deepEqual(c.bookings.map((b: { bookingId: string; resolution: null }) => [b.bookingId, b.resolution]), [[x.id, null], [y.id, null]]);
  const closed = problem(await s.dispatcher.post('/api/v1/bookings', body({ venueId: v.room2, startAt: at('10', '12:00'), endAt: at('10', '13:00') })), 409, 'venue_closed');
  assert.equal((closed.closures as { id: string; reason: string }[])[0]!.id, c.id);
  assert.match(String(closed.detail), /空调检修/);

  const mv = ok(await s.dispatcher.post(`/api/v1/venue-closures/${c.id}/resolve`, { bookingId: x.id, action: 'move', startAt: at('11', '10:00'), endAt: at('11', '11:00') }));
  assert.equal(mv.booking.startAt, iso(at('11', '10:00')));
  assert.equal((await bell(ids.organizer!, 'booking.updated', 'bookingId', x.id)).length, 1, 'the organizer hears of the move');
  // The freed slot is closed now too.
  problem(await s.dispatcher.post('/api/v1/bookings', body({ venueId: v.room2, startAt: at('10', '10:00'), endAt: at('10', '11:00') })), 409, 'venue_closed');
  ok(await s.dispatcher.post(`/api/v1/venue-closures/${c.id}/resolve`, { bookingId: y.id, action: 'keep' }));
  assert.equal((await bell(ids.organizer2!, 'booking.closure_kept', 'bookingId', y.id)).length, 1);
  problem(await s.dispatcher.post(`/api/v1/venue-closures/${c.id}/resolve`, { bookingId: y.id, action: 'cancel', reason: 'x' }), 422, 'closure_booking_unaffected');
  problem(await s.dispatcher.post(`/api/v1/venue-closures/${c.id}/resolve`, { bookingId: x.id, action: 'fly' }), 400, 'validation_failed');
  // A move into the closure is refused and leaves nothing half-done.
  const z = await book({ venueId: v.room2, startAt: at('12', '10:00'), endAt: at('12', '11:00'), topic: 'Z' });
  problem(await s.dispatcher.patch(`/api/v1/bookings/${z.id}`, { version: z.version, startAt: at('10', '12:00'), endAt: at('10', '12:30') }), 409, 'venue_closed');

  const list = ok(await s.dispatcher.get(`/api/v1/venue-closures?propertyId=${fx.propertyId}&from=${encodeURIComponent(at('10', '00:00'))}&to=${encodeURIComponent(at('11', '00:00'))}`)).data;
  assert.equal(list.length, 1);
  assert.deepEqual(new Set(list[0].bookings.map((b: { resolution: string }) => b.resolution)), new Set(['moved', 'kept']));
  assert.equal(ok(await s.organizer.get(`/api/v1/venue-closures?propertyId=${fx.propertyId}`)).data[0].bookings.length, 0, 'organizers see the closure, not whom it hit');
  problem(await s.dispatcher.get(`/api/v1/venue-closures?propertyId=${fx.propertyId}&from=${encodeURIComponent(at('11', '00:00'))}&to=${encodeURIComponent(at('10', '00:00'))}`), 400, 'validation_failed');

  // The board of that day: the kept booking with its buffers, and the closure pieces around it.
  const pieces = async (who: Session) => {
    const board = ok(await who.get(`/api/v1/bookings/board?propertyId=${fx.propertyId}&date=2026-06-10`));
    return board.venues.find((x: { id: string }) => x.id === v.room2).items;
  };
  const span = (items: { kind: string; start: string; end: string }[]) => items.map((i) => `${i.kind} ${i.start.slice(11, 16)}-${i.end.slice(11, 16)}`);
  const staffView = await pieces(s.dispatcher);
  assert.deepEqual(span(staffView), ['closure 09:00-13:45', 'buffer 13:45-14:00', 'booking 14:00-15:00', 'buffer 15:00-15:15', 'closure 15:15-16:00']);
  assert.equal(staffView.find((i: { kind: string }) => i.kind === 'booking').start, '2026-06-10T14:00:00+08:00');
  // Another unit's meeting shows to an organizer as one anonymous occupied block (setup and cleanup included).
  const theirs = await pieces(s.organizer);
  assert.deepEqual(span(theirs), ['closure 09:00-13:45', 'occupied 13:45-15:15', 'closure 15:15-16:00']);
  const busy = theirs.find((i: { kind: string }) => i.kind === 'occupied');
  assert.deepEqual([busy.bookingId, busy.number, busy.topic, busy.organizationName], [null, null, null, null], "another unit's meeting shows as busy only");
});

test('board: filters, 7 days, confidential topics hidden, linked rooms', async () => {
  clock.set(START);
  const secret = await book({ venueId: v.hall, attendeeCount: 100, application, confidentiality: 'confidential', topic: '保密会议', startAt: at('16', '09:00'), endAt: at('16', '11:00') });
  const q = (extra: string, who = s.dispatcher) => who.get(`/api/v1/bookings/board?propertyId=${fx.propertyId}&date=2026-06-15${extra}`);
  const all = ok(await q('&days=7'));
  assert.equal(all.from, '2026-06-15T00:00:00+08:00');
  assert.equal(all.to, '2026-06-22T00:00:00+08:00');
  const hall = all.venues.find((x: { id: string }) => x.id === v.hall);
  assert.deepEqual(hall.items.map((i: { kind: string; status: string }) => `${i.kind}:${i.status}`), ['buffer:requested', 'booking:requested', 'buffer:requested']);
  assert.equal(hall.items[1].topic, '保密会议');
  const vip = all.venues.find((x: { id: string }) => x.id === v.vip);
  assert.equal(vip.items[1].bookingId, secret.id);
  assert.equal(vip.items[1].linked, true);
  // M12: meeting staff not entitled see the slot only, as one occupied block without number, name or unit.
  const hidden = ok(await q('&days=7', s.staff)).venues.find((x: { id: string }) => x.id === v.hall).items;
  assert.deepEqual(hidden.map((i: { kind: string; bookingId: string | null; number: string | null; topic: string | null; organizationName: string | null }) =>
    [i.kind, i.bookingId, i.number, i.topic, i.organizationName]), [['occupied', null, null, null, null]]);
  assert.ok(!JSON.stringify(ok(await q('&days=7', s.staff))).includes(secret.id), 'not even its id');
  assert.equal(ok(await q('')).venues.find((x: { id: string }) => x.id === v.hall).items.length, 0, 'one day: the 15th only');
  const names = async (extra: string) => ok(await q(extra)).venues.map((x: { id: string }) => x.id).sort();
  assert.deepEqual(await names('&minSeats=100'), [v.hall]);
  assert.deepEqual(await names('&venueClass=B'), [v.east]);
  assert.deepEqual(await names(`&buildingId=${secondBuildingId}`), [v.east]);
  assert.deepEqual(await names('&equipment=projector'), [v.room, v.hall].sort());
  assert.deepEqual(await names('&equipment=projector,video'), [v.hall]);
  for (const bad of ['&days=3', '&date=2026-13-01', '&minSeats=0', '&venueClass=D']) problem(await q(bad), 400, 'validation_failed');
  problem(await s.tenant.get(`/api/v1/bookings/board?propertyId=${fx.propertyId}&date=2026-06-15`), 403, 'forbidden');
});

test('iCalendar feeds: stable UID, SEQUENCE follows the version, status, confidential summary, revocable', async () => {
  clock.set(START);
  const b = await book({ startAt: at('17', '09:00'), endAt: at('17', '10:00'), topic: '项目推进会' }, s.organizer);
  await book({ startAt: at('17', '11:00'), endAt: at('17', '12:00'), topic: '内部会', confidentiality: 'secret' }, s.organizer);
  problem(await s.organizer.post('/api/v1/calendar-feeds', { propertyId: fx.propertyId, kind: 'venue', targetId: v.room }), 403, 'forbidden');
  problem(await s.organizer.post('/api/v1/calendar-feeds', { propertyId: fx.propertyId, kind: 'organization', targetId: otherOrgId }), 403, 'forbidden');
  problem(await s.dispatcher.post('/api/v1/calendar-feeds', { propertyId: fx.propertyId, kind: 'venue', targetId: fx.organizationId }), 400, 'validation_failed');
  const feed = ok(await s.organizer.post('/api/v1/calendar-feeds', { propertyId: fx.propertyId, kind: 'organization' }), 201);
  assert.equal(feed.targetId, fx.organizationId);
  assert.match(feed.url, /^http:\/\/.+\/api\/v1\/ical\/[A-Za-z0-9_-]{43}\.ics$/);
  const path = new URL(feed.url).pathname;
  const events = async () => {
    const res = await t.app.inject({ method: 'GET', url: path });
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-type']), /^text\/calendar/);
    const comp = new ICAL.Component(ICAL.parse(res.body));
    return comp.getAllSubcomponents('vevent').map((e) => ({
      uid: e.getFirstPropertyValue('uid'), seq: e.getFirstPropertyValue('sequence'), status: e.getFirstPropertyValue('status'),
      summary: e.getFirstPropertyValue('summary'), location: e.getFirstPropertyValue('location'), stamp: e.getFirstPropertyValue('dtstamp'),
    }));
  };
  const first = (await events()).filter((e) => String(e.uid).startsWith(b.id));
  assert.deepEqual(first.map((e) => [e.uid, e.seq, e.status, e.summary, e.location]), [[`${b.id}@huiwu`, 1, 'CONFIRMED', '项目推进会', '第一座谈室']]);
  assert.ok(first[0]!.stamp);
  assert.ok((await events()).some((e) => e.summary === '会议（保密）'));
  const patched = ok(await s.organizer.patch(`/api/v1/bookings/${b.id}`, { version: b.version, topic: '项目推进会（改）' }));
  const second = (await events()).find((e) => e.uid === `${b.id}@huiwu`)!;
  assert.deepEqual([second.seq, second.summary], [2, '项目推进会（改）']);
  ok(await s.organizer.post(`/api/v1/bookings/${b.id}/cancel`, { reason: '取消' }));
  const third = (await events()).find((e) => e.uid === `${b.id}@huiwu`)!;
  assert.deepEqual([third.seq, third.status], [patched.version + 1, 'CANCELLED']);

  const venueFeed = ok(await s.dispatcher.post('/api/v1/calendar-feeds', { propertyId: fx.propertyId, kind: 'venue', targetId: v.room }), 201);
  assert.equal(ok(await s.organizer.get(`/api/v1/calendar-feeds?propertyId=${fx.propertyId}`)).data.length, 1, 'organizers list their own feeds');
  assert.equal(ok(await s.dispatcher.get(`/api/v1/calendar-feeds?propertyId=${fx.propertyId}`)).data.some((f: { token?: string }) => 'token' in f), false);
  problem(await s.organizer2.del(`/api/v1/calendar-feeds/${feed.id}`), 403, 'forbidden');
  ok(await s.organizer.del(`/api/v1/calendar-feeds/${feed.id}`), 204);
  problem(await t.app.inject({ method: 'GET', url: path }), 404, 'not_found');
  problem(await s.organizer.del(`/api/v1/calendar-feeds/${feed.id}`), 404, 'not_found');
  problem(await t.app.inject({ method: 'GET', url: `/api/v1/ical/${'x'.repeat(43)}.ics` }), 404, 'not_found');
  const venueIcs = await t.app.inject({ method: 'GET', url: new URL(venueFeed.url).pathname });
  assert.equal(venueIcs.statusCode, 200);
  assert.match(venueIcs.body, /LOCATION:第一座谈室/);
});

test('bureau daily report: next two working days, printable JSON, xlsx audited, access, durable job', async () => {
  clock.set(START);
  // A property of its own so the report holds exactly these bookings.
  const p = await makeProperty(t.app, '行政办事中心');
  const [room] = await t.database.db.insert(venues).values({ propertyId: p.propertyId, buildingId: p.buildingId, code: uniq('V'), name: '201会议室', venueType: 'discussion_room', venueClass: 'B', seats: 40 }).returning();
  const mk = async (roles: Parameters<typeof makeUser>[1][number]['roles'], organizationId: string | null = null) =>
    login(t.app, await makeUser(t.app, [{ propertyId: p.propertyId, roles }], { organizationId, email: `${uniq('b')}@example.cn` }));
  const disp = await mk(['dispatcher']);
  const bureauUser = await makeUser(t.app, [{ propertyId: p.propertyId, roles: ['bureau_approver'] }], { email: 'bureau@example.cn' });
  const bureau = await login(t.app, bureauUser);
  const organizer = await mk(['organizer'], p.organizationId);
  for (const [day, topic] of [['02', '周二会议'], ['03', '周三会议'], ['04', '周四会议']] as const) {
    ok(await disp.post('/api/v1/bookings', body({ propertyId: p.propertyId, venueId: room!.id, organizationId: p.organizationId, topic, attendeeCount: 20, startAt: at(day, '14:00'), endAt: at(day, '16:00') })), 201);
  }
  const url = `/api/v1/reports/bureau-daily?propertyId=${p.propertyId}&date=2026-06-01`;
  const r = ok(await bureau.get(url));
  assert.equal(r.title, '行政办事中心会议室预订情况（6月2日—6月3日）');
  assert.deepEqual(r.rows.map((x: { date: string; time: string; topic: string; statusLabel: string }) => [x.date, x.time, x.topic, x.statusLabel]),
    [['2026-06-02', '14:00–16:00', '周二会议', '已确认'], ['2026-06-03', '14:00–16:00', '周三会议', '已确认']]);
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
  assert.deepEqual((ws.getRow(2).values as unknown[]).slice(1), ['日期', '时间', '会议室', '类别', '会议名称', '主办单位', '联系人', '电话', '人数', '状态']);
  assert.deepEqual((ws.getRow(3).values as unknown[]).slice(1, 6), ['2026-06-02', '14:00–16:00', '201会议室', 'B', '周二会议']);
  assert.equal(ws.rowCount, 4);
  assert.ok((ws.getColumn(5).width ?? 0) >= 20);
  const exported = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.propertyId, p.propertyId), eq(auditEvents.action, 'report.exported')));
  assert.equal(exported.length, 1);

  // The job: at the report time on a working day; snapshot once; the bureau told in-app and by e-mail; the next working day scheduled.
  await t.database.db.update(properties).set({ settings: { bureauReportTime: '17:05' } }).where(eq(properties.id, p.propertyId));
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
  const [mail] = await t.database.db.select({ n: count() }).from(outbox).where(and(eq(outbox.notificationId, told[0]!.id), eq(outbox.channel, 'email')));
  assert.equal(Number(mail!.n), 1);
  const [next] = await jobsOf(`bookings.bureau_daily:${p.propertyId}:2026-06-08`);
  assert.equal(next!.runAt.toISOString(), iso('2026-06-08T17:05:00+08:00'), 'Friday → Monday');
  await t.database.db.update(jobs).set({ status: 'queued' }).where(eq(jobs.id, job!.id));
  await runJobs([job!]);
  assert.equal((await bell(bureauUser.id, 'report.bureau_daily', 'date', '2026-06-05')).length, 1, 'idempotent');
});
