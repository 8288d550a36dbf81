import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, count, eq, type SQL } from 'drizzle-orm';
import { problem, ok, TestClock, type TestApp, type Fixture, type Session } from '../../../test/helpers.ts';
import { auditEvents, bookingHolds, bookings, notifications, venueAllowedOrganizations, venueLinks } from '../../../db/schema/index.ts';
import { juneAt, makeOrganization, makeVenue, roster, twoProperties } from '../../../test/builders.ts';

// Monday 2026-06-01 09:00 in Shanghai; meetings are put on the following days.
const clock = new TestClock(new Date('2026-06-01T09:00:00+08:00'));

let t: TestApp;
let fx: Fixture;
let other: Fixture;
let otherOrgId: string;
let npcOrgId: string;
const v: Record<'room' | 'hall' | 'vip' | 'presidium' | 'race' | 'foreign', string> = {} as never;
const team = roster<'dispatcher' | 'assistant' | 'organizer' | 'organizer2' | 'bureau' | 'bureau2' | 'staff'>();
const { s, ids } = team;

const venue = (f: Fixture, over: Parameters<typeof makeVenue>[2]) => makeVenue(t.database.db, f, over);

before(async () => {
  ({ t, fx, other } = await twoProperties({ clock }));
  team.on(t.app, fx.propertyId);
  const db = t.database.db;
  otherOrgId = await makeOrganization(db, fx.propertyId, '市财政局');
  npcOrgId = await makeOrganization(db, fx.propertyId, '市人大常委会办公厅');
  v.room = await venue(fx, { name: '第一座谈室' });
  v.race = await venue(fx, { name: '第二座谈室' });
  v.vip = await venue(fx, { name: '会议厅贵宾室', venueType: 'vip_room', seats: 12, layouts: [], defaultLayout: null });
  v.hall = await venue(fx, {
    name: '203人会议厅',
    venueType: 'theatre_hall',
    venueClass: 'C',
    seats: 203,
    minAttendees: 20,
    defaultLayout: 'theatre',
    layouts: [
      { layout: 'theatre', capacity: 203, setupMinutes: 60, cleanupMinutes: 30 },
      { layout: 'classroom', capacity: 100 },
    ],
  });
  v.presidium = await venue(fx, {
    name: '主席团会议厅',
    venueType: 'presidium_hall',
    venueClass: 'C',
    seats: 80,
    restricted: true,
    defaultLayout: 'round_table',
    layouts: [{ layout: 'round_table', capacity: 80, setupMinutes: 90, cleanupMinutes: 45 }],
  });
  v.foreign = await venue(other, { name: '别处会议室' });
  await db.insert(venueLinks).values({ venueId: v.hall, linkedVenueId: v.vip });
  await db.insert(venueAllowedOrganizations).values({ venueId: v.presidium, organizationId: npcOrgId });
  await team.members({
    dispatcher: 'dispatcher',
    assistant: 'cs_assistant',
    organizer: { roles: ['organizer'], organizationId: fx.organizationId },
    organizer2: { roles: ['organizer'], organizationId: otherOrgId },
    bureau: 'bureau_approver',
    bureau2: 'bureau_approver',
    staff: 'meeting_staff',
  });
});
after(async () => t.close());

const body = (over: Record<string, unknown> = {}) => ({
  propertyId: fx.propertyId,
  venueId: v.room,
  startAt: juneAt('02', '09:00'),
  endAt: juneAt('02', '10:00'),
  attendeeCount: 12,
  topic: '季度工作座谈会',
  organizationId: fx.organizationId,
  contactName: '李明',
  contactPhone: '0755-28304101',
  services: [
    { code: 'banner', text: '季度工作座谈会' },
    { code: 'water', kind: 'filtered_tea', qty: 12 },
    { code: 'microphones', qty: 4 },
  ],
  ...over,
});
const application = { applicantUnit: '市发改委', purpose: '全市经济工作会议', leadersAttending: '分管副市长' };

/** `who` (the dispatcher unless told) books `over`: the booking (201). */
const book = async (over: Record<string, unknown> = {}, who: Session = s.dispatcher) =>
  ok(await who.post('/api/v1/bookings', body(over)), 201);
/** The 409 `who` gets booking `over`: it names the clashing bookings. */
const clashes = async (who: Session, over: Record<string, unknown>) =>
  problem(await who.post('/api/v1/bookings', body(over)), 409, 'booking_conflict');
/** How a 409 names a clashing booking of `venueName`: its topic and organizer only to those who may see them. */
const named = (b: any, venueName: string, shown: { topic: string | null; organizer: string | null }) => ({
  id: b.id,
  number: b.number,
  venueName,
  start: b.startAt,
  end: b.endAt,
  ...shown,
});

async function countOf(where: SQL) {
  const [r] = await t.database.db.select({ n: count() }).from(bookings).where(where);
  return Number(r!.n);
}

test('dispatcher books an A-class room: confirmed, numbered, held with buffers, audited, policies sent', async () => {
  const b = await book();
  assert.equal(b.status, 'confirmed');
  assert.match(b.number, /^HY-2026-\d{6}$/);
  assert.equal(b.channel, 'phone');
  assert.equal(b.heldFrom, new Date(juneAt('02', '08:45')).toISOString());
  assert.equal(b.heldTo, new Date(juneAt('02', '10:15')).toISOString());
  assert.deepEqual(b.services[1], { code: 'water', kind: 'filtered_tea', qty: 12 });
  assert.deepEqual(b.policies, { update: true, cancel: true, approve: false, reject: false, correctOnly: false });
  const holds = await t.database.db.select().from(bookingHolds).where(eq(bookingHolds.bookingId, b.id));
  assert.equal(holds.length, 1);
  const audits = await t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, 'booking'), eq(auditEvents.entityId, b.id)));
  assert.deepEqual(
    audits.map((a) => a.action),
    ['booking.created'],
  );
  assert.equal(audits[0]!.actorId, ids.dispatcher);
  const got = ok(await s.staff.get(`/api/v1/bookings/${b.id}`));
  assert.equal(got.topic, '季度工作座谈会');
  assert.deepEqual(got.policies, { update: false, cancel: false, approve: false, reject: false, correctOnly: false });
});

test('overlap, buffer overlap and a linked room are refused with 409 naming the clashing booking', async () => {
  const first = await book({ startAt: juneAt('03', '10:00'), endAt: juneAt('03', '11:00') });
  const clash = await clashes(s.dispatcher, { startAt: juneAt('03', '10:30'), endAt: juneAt('03', '11:30') });
  assert.deepEqual(clash.conflicts, [named(first, '第一座谈室', { topic: '季度工作座谈会', organizer: first.organizerUnit })]);
  // 11:10 start: its 15 min setup meets the first booking's 15 min cleanup.
  await clashes(s.dispatcher, { startAt: juneAt('03', '11:10'), endAt: juneAt('03', '12:00') });
  await book({ startAt: juneAt('03', '11:30'), endAt: juneAt('03', '12:00') });

  // The hall holds its VIP room too, even while only requested; a confidential meeting is named only to those who may see it (M12).
  const hall = await book({
    venueId: v.hall,
    attendeeCount: 150,
    application,
    confidentiality: 'confidential',
    startAt: juneAt('04', '14:00'),
    endAt: juneAt('04', '16:00'),
  });
  assert.equal(hall.status, 'requested');
  assert.deepEqual(hall.linkedVenues, [{ id: v.vip, name: '会议厅贵宾室' }]);
  const vip = await clashes(s.dispatcher, {
    venueId: v.vip,
    attendeeCount: 6,
    startAt: juneAt('04', '16:10'),
    endAt: juneAt('04', '17:00'),
  });
  assert.deepEqual(
    vip.conflicts,
    [named(hall, '会议厅贵宾室', { topic: hall.topic, organizer: hall.organizerUnit })],
    'booking staff see every confidential meeting',
  );
  assert.match(String(vip.detail), new RegExp(hall.number));
  // Cancelling frees the hall and its room.
  problem(await s.dispatcher.post(`/api/v1/bookings/${hall.id}/cancel`, {}), 400, 'validation_failed');
  ok(await s.dispatcher.post(`/api/v1/bookings/${hall.id}/cancel`, { reason: '会议延期' }));
  await book({ venueId: v.vip, attendeeCount: 6, startAt: juneAt('04', '16:10'), endAt: juneAt('04', '17:00') });
});

test('C class: requested, the bureau is told and approves, the creator hears; a later move asks again', async () => {
  const b = await book(
    { venueId: v.hall, attendeeCount: 120, application, startAt: juneAt('05', '09:00'), endAt: juneAt('05', '11:00') },
    s.assistant,
  );
  assert.equal(b.status, 'requested');
  assert.equal(b.channel, 'building_assistant');
  const bell = async (userId: string, kind: string) =>
    (
      await t.database.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)))
    ).filter((n) => n.data?.bookingId === b.id);
  assert.equal((await bell(ids.bureau!, 'booking.requested')).length, 1);
  assert.equal((await bell(ids.dispatcher!, 'booking.created')).length, 1, "an assistant's intake reaches the service center at once");

  problem(await s.dispatcher.post(`/api/v1/bookings/${b.id}/approve`, {}), 403, 'forbidden');
  problem(await s.bureau.post(`/api/v1/bookings/${b.id}/reject`, {}), 400, 'validation_failed');
  assert.deepEqual(ok(await s.bureau.get(`/api/v1/bookings/${b.id}`)).policies, {
    update: false,
    cancel: false,
    approve: true,
    reject: true,
    correctOnly: false,
  });
  const approved = ok(await s.bureau.post(`/api/v1/bookings/${b.id}/approve`, { reason: '同意' }));
  assert.equal(approved.status, 'confirmed');
  assert.equal(approved.decidedBy, ids.bureau);
  assert.equal((await bell(ids.assistant!, 'booking.approved')).length, 1);
  problem(await s.bureau.post(`/api/v1/bookings/${b.id}/reject`, { reason: '晚了' }), 409, 'conflict');

  const notes = ok(await s.assistant.patch(`/api/v1/bookings/${b.id}`, { version: approved.version, notes: '主席台 8 人' }));
  assert.equal(notes.status, 'confirmed', 'a change that is not of time or venue keeps the approval');
  const moved = ok(
    await s.assistant.patch(`/api/v1/bookings/${b.id}`, {
      version: notes.version,
      startAt: juneAt('05', '10:00'),
      endAt: juneAt('05', '12:00'),
    }),
  );
  assert.equal(moved.status, 'requested');
  assert.equal(moved.decidedBy, null);
  const history = ok(await s.assistant.get(`/api/v1/bookings/${b.id}/history`)).data;
  assert.deepEqual(
    history.map((h: { action: string }) => h.action),
    ['booking.updated', 'booking.updated', 'booking.approved', 'booking.created'],
  );
  assert.deepEqual(history[0].changes.status, ['confirmed', 'requested']);
});

test('organizers book online for their own unit and see only its bookings', async () => {
  const mine = await book(
    { organizationId: otherOrgId, channel: 'phone', startAt: juneAt('08', '09:00'), endAt: juneAt('08', '10:00') },
    s.organizer,
  );
  assert.equal(mine.organizationId, fx.organizationId, 'forced to their own organization');
  assert.equal(mine.channel, 'online');
  const theirs = await book(
    { organizationId: null, topic: '预算编制会', startAt: juneAt('08', '10:30'), endAt: juneAt('08', '11:30') },
    s.organizer2,
  );
  const list = ok(
    await s.organizer.get(
      `/api/v1/bookings?propertyId=${fx.propertyId}&from=${encodeURIComponent(juneAt('08', '00:00'))}&to=${encodeURIComponent(juneAt('09', '00:00'))}`,
    ),
  ).data;
  assert.deepEqual(
    list.map((b: { id: string }) => b.id),
    [mine.id],
  );
  const all = ok(
    await s.bureau.get(
      `/api/v1/bookings?propertyId=${fx.propertyId}&venueId=${v.room}&from=${encodeURIComponent(juneAt('08', '00:00'))}&to=${encodeURIComponent(juneAt('09', '00:00'))}`,
    ),
  ).data;
  assert.deepEqual(
    all.map((b: { id: string }) => b.id),
    [mine.id, theirs.id],
    'the bureau sees every booking of the property',
  );
  problem(await s.organizer.get(`/api/v1/bookings/${theirs.id}`), 404, 'not_found');
  problem(await s.organizer.post(`/api/v1/bookings/${theirs.id}/cancel`, { reason: 'x' }), 404, 'not_found');
  problem(await s.bureau.post('/api/v1/bookings', body()), 403, 'forbidden');
  const clash = await clashes(s.organizer, { startAt: juneAt('08', '11:00'), endAt: juneAt('08', '12:00') });
  assert.deepEqual(clash.conflicts, [named(theirs, '第一座谈室', { topic: null, organizer: null })]);
  // Paging by cursor walks the same list.
  const p1 = ok(
    await s.dispatcher.get(
      `/api/v1/bookings?propertyId=${fx.propertyId}&limit=1&from=${encodeURIComponent(juneAt('08', '00:00'))}&to=${encodeURIComponent(juneAt('09', '00:00'))}`,
    ),
  );
  const p2 = ok(
    await s.dispatcher.get(
      `/api/v1/bookings?propertyId=${fx.propertyId}&limit=1&cursor=${p1.nextCursor}&from=${encodeURIComponent(juneAt('08', '00:00'))}&to=${encodeURIComponent(juneAt('09', '00:00'))}`,
    ),
  );
  assert.deepEqual(
    [...p1.data, ...p2.data].map((b: { id: string }) => b.id),
    [mine.id, theirs.id],
  );
});

test('lead time: 422 with the earliest start; a dispatcher may override with a reason (audited), an assistant may not', async () => {
  const soon = { startAt: '2026-06-01T09:30:00+08:00', endAt: '2026-06-01T10:30:00+08:00' };
  const p = problem(await s.assistant.post('/api/v1/bookings', body(soon)), 422, 'lead_time_too_short');
  // the exact earliest start is 10:00:00; the suggestion is the next quarter hour a minute after it
  assert.equal(p.earliestStart, new Date('2026-06-01T10:15:00+08:00').toISOString());
  assert.match(String(p.detail), /2026-06-01 10:15/);
  problem(await s.assistant.post('/api/v1/bookings', body({ ...soon, overrideLeadTime: { reason: '领导临时召集' } })), 403, 'forbidden');
  const b = await book({ ...soon, overrideLeadTime: { reason: '领导临时召集' } });
  assert.deepEqual(b.leadTimeOverride, { reason: '领导临时召集', by: ids.dispatcher });
  const [a] = await t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, 'booking'), eq(auditEvents.entityId, b.id)));
  assert.deepEqual(a!.meta, { leadTimeOverride: { reason: '领导临时召集' } });
  // C class needs one working day: today 17:00 is too early.
  problem(
    await s.dispatcher.post(
      '/api/v1/bookings',
      body({ venueId: v.hall, attendeeCount: 50, application, startAt: '2026-06-01T17:00:00+08:00', endAt: '2026-06-01T18:00:00+08:00' }),
    ),
    422,
    'lead_time_too_short',
  );
});

test('lead time: the suggested earliest start is a time that is accepted (booked exactly, seconds later)', async () => {
  const room = await venue(fx, { name: '第三座谈室' });
  clock.set('2026-06-01T09:37:23+08:00');
  try {
    const late = { startAt: '2026-06-01T10:30:00+08:00', endAt: '2026-06-01T11:00:00+08:00', venueId: room };
    const p = problem(await s.assistant.post('/api/v1/bookings', body(late)), 422, 'lead_time_too_short');
    assert.equal(p.earliestStart, new Date('2026-06-01T10:45:00+08:00').toISOString());
    assert.match(String(p.detail), /10:45/);
    clock.advance(30_000);
    const end = new Date(new Date(p.earliestStart as string).getTime() + 30 * 60_000).toISOString();
    const b = ok(await s.assistant.post('/api/v1/bookings', body({ ...late, startAt: p.earliestStart, endAt: end })), 201);
    assert.equal(b.startAt, p.earliestStart);
    assert.equal(b.leadTimeOverride, null);
  } finally {
    clock.set('2026-06-01T09:00:00+08:00');
  }
});

test('capacity, restricted venue, opening hours and a special setup', async () => {
  problem(
    await s.dispatcher.post('/api/v1/bookings', body({ attendeeCount: 31, startAt: juneAt('09', '09:00'), endAt: juneAt('09', '10:00') })),
    422,
    'capacity_exceeded',
  );
  const words = problem(
    await s.dispatcher.post(
      '/api/v1/bookings',
      body({
        venueId: v.hall,
        layout: 'classroom',
        attendeeCount: 101,
        application,
        startAt: juneAt('09', '09:00'),
        endAt: juneAt('09', '10:00'),
      }),
    ),
    422,
    'capacity_exceeded',
  );
  assert.equal(words.detail, '203人会议厅（课桌式 100 人）容纳不下 101 人', 'the layout in words, not its code');
  const r = problem(
    await s.dispatcher.post(
      '/api/v1/bookings',
      body({ venueId: v.presidium, attendeeCount: 40, application, startAt: juneAt('09', '09:00'), endAt: juneAt('09', '10:00') }),
    ),
    422,
    'venue_restricted',
  );
  assert.match(String(r.detail), /主席团会议厅为专用会场，仅接受指定单位预订：市人大常委会办公厅/);
  problem(
    await s.organizer.post(
      '/api/v1/bookings',
      body({ venueId: v.presidium, attendeeCount: 40, application, startAt: juneAt('09', '09:00'), endAt: juneAt('09', '10:00') }),
    ),
    422,
    'venue_restricted',
  );
  const npc = await book({
    venueId: v.presidium,
    organizationId: npcOrgId,
    attendeeCount: 40,
    application,
    startAt: juneAt('09', '09:00'),
    endAt: juneAt('09', '10:00'),
  });
  assert.equal(npc.organizerUnit.startsWith('市人大常委会办公厅'), true);
  problem(
    await s.dispatcher.post('/api/v1/bookings', body({ startAt: juneAt('09', '21:00'), endAt: juneAt('09', '22:30') })),
    422,
    'outside_bookable_hours',
  );
  const closed = await venue(fx, { name: '装修中会议室', bookable: false });
  problem(
    await s.dispatcher.post('/api/v1/bookings', body({ venueId: closed, startAt: juneAt('09', '09:00'), endAt: juneAt('09', '10:00') })),
    422,
    'venue_not_bookable',
  );
  problem(
    await s.dispatcher.post('/api/v1/bookings', body({ specialSetup: true, startAt: juneAt('09', '13:00'), endAt: juneAt('09', '14:00') })),
    400,
    'validation_failed',
  );
  const special = await book({
    specialSetup: true,
    setupPlan: '大型喷画背景板',
    startAt: juneAt('09', '13:00'),
    endAt: juneAt('09', '14:00'),
  });
  assert.equal(special.status, 'requested', 'a special setup waits for the bureau even in an A-class room');
});

test('optimistic concurrency: a stale version gets 409', async () => {
  const b = await book({ startAt: juneAt('10', '09:00'), endAt: juneAt('10', '10:00') });
  const [x, y] = await Promise.all([
    s.dispatcher.patch(`/api/v1/bookings/${b.id}`, { version: b.version, attendeeCount: 20 }),
    s.assistant.patch(`/api/v1/bookings/${b.id}`, { version: b.version, topic: '改题' }),
  ]);
  assert.deepEqual([x.statusCode, y.statusCode].sort(), [200, 409]);
  const stale = problem(await s.dispatcher.patch(`/api/v1/bookings/${b.id}`, { version: b.version, attendeeCount: 25 }), 409, 'conflict');
  assert.equal(stale.currentVersion, 2);
  problem(await s.dispatcher.patch(`/api/v1/bookings/${b.id}`, { version: 2, attendeeCount: 31 }), 422, 'capacity_exceeded');
});

test('concurrent approve and reject: exactly one decision wins', async () => {
  const b = await book({ venueId: v.hall, attendeeCount: 100, application, startAt: juneAt('11', '09:00'), endAt: juneAt('11', '10:00') });
  const res = await Promise.all([
    s.bureau.post(`/api/v1/bookings/${b.id}/approve`, {}),
    s.bureau2.post(`/api/v1/bookings/${b.id}/reject`, { reason: '场地另有安排' }),
  ]);
  assert.deepEqual(res.map((r) => r.statusCode).sort(), [200, 409]);
  const final = ok(await s.dispatcher.get(`/api/v1/bookings/${b.id}`));
  const decisions = await t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, b.id)));
  assert.equal(decisions.filter((d) => d.action === 'booking.approved' || d.action === 'booking.rejected').length, 1);
  const [hold] = await t.database.db
    .select()
    .from(bookingHolds)
    .where(and(eq(bookingHolds.bookingId, b.id), eq(bookingHolds.venueId, v.hall)));
  assert.equal(hold!.active, final.status === 'confirmed');
});

test('bad input: 400 with fields, nothing written', async () => {
  const before = await countOf(eq(bookings.propertyId, fx.propertyId));
  const cases: [Record<string, unknown>, string][] = [
    [{ startAt: juneAt('12', '10:00'), endAt: juneAt('12', '09:00') }, 'endAt'],
    [{ startAt: juneAt('12', '10:00'), endAt: juneAt('12', '10:00') }, 'endAt'],
    [{ startAt: juneAt('12', '06:00'), endAt: juneAt('12', '22:30') }, 'endAt'],
    [{ startAt: '2026-05-30T10:00:00+08:00', endAt: '2026-05-30T11:00:00+08:00' }, 'startAt'],
    [{ startAt: '2026-06-12 10:00' }, 'startAt'],
    [{ venueId: '00000000-0000-4000-8000-000000000000' }, 'venueId'],
    [{ venueId: v.foreign }, 'venueId'],
    [{ attendeeCount: 0 }, 'attendeeCount'],
    [{ attendeeCount: '十二' }, 'attendeeCount'],
    [{ layout: 'theatre' }, 'layout'],
    [{ organizationId: other.organizationId }, 'organizationId'],
    [{ services: [{ code: 'banner' }] }, 'services.0.text'],
    [
      {
        services: [
          { code: 'water', kind: 'bottled' },
          { code: 'water', kind: 'bottled' },
        ],
      },
      'services.1.code',
    ],
    [{ venueId: v.hall, attendeeCount: 50 }, 'application'],
    [{ extra: 1 }, 'body'],
  ];
  for (const [over, path] of cases) {
    const p = problem(
      await s.dispatcher.post('/api/v1/bookings', body({ startAt: juneAt('12', '09:00'), endAt: juneAt('12', '10:00'), ...over })),
      400,
      'validation_failed',
    );
    assert.ok(
      p.fields?.some((f) => f.path === path),
      `${JSON.stringify(over)} → ${JSON.stringify(p.fields)}`,
    );
  }
  problem(await s.dispatcher.get('/api/v1/bookings'), 400, 'validation_failed');
  problem(await s.dispatcher.get('/api/v1/bookings/00000000-0000-4000-8000-000000000000'), 404, 'not_found');
  assert.equal(await countOf(eq(bookings.propertyId, fx.propertyId)), before);
});

test('50 concurrent requests for one slot: exactly one wins, the rest get booking_conflict', async () => {
  const n = 50;
  const res = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      s.dispatcher.post(
        '/api/v1/bookings',
        body({
          venueId: v.race,
          topic: `抢订 ${i}`,
          startAt: `2026-06-15T09:${String(i % 30).padStart(2, '0')}:00+08:00`,
          endAt: '2026-06-15T11:00:00+08:00',
        }),
      ),
    ),
  );
  const codes = res.map((r) => r.statusCode);
  assert.equal(codes.filter((c) => c === 201).length, 1, `statuses: ${codes.join(',')}`);
  for (const r of res.filter((x) => x.statusCode !== 201)) problem(r, 409, 'booking_conflict');
  assert.equal(await countOf(eq(bookings.venueId, v.race)), 1);
  const [h] = await t.database.db
    .select({ n: count() })
    .from(bookingHolds)
    .where(and(eq(bookingHolds.venueId, v.race), eq(bookingHolds.active, true)));
  assert.equal(Number(h!.n), 1);
});
