import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, count, eq } from 'drizzle-orm';
import { auditEvents, bookings, eventSessions } from '../../../db/schema/index.ts';
import { ok, problem, signedIn, TestClock, type Session } from '../../../test/helpers.ts';
import { uploadAs } from '../../../test/uploads.ts';
import { eventsWorld, type EventsWorld } from '../events.fixture.ts';

const clock = new TestClock(new Date('2026-05-11T09:00:00+08:00'));
let w: EventsWorld;
let outsider: Session;

const at = (day: string, hhmm: string) => `2026-06-${day}T${hhmm}:00+08:00`;
const CONTACT = { contactName: '张晓东', contactPhone: '0755-28301102' };
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`);

before(async () => {
  w = await eventsWorld(clock);
  const other = await (await import('../../../test/helpers.ts')).makeProperty(w.t.app, '另一个项目');
  outsider = await signedIn(w.t.app, other.propertyId, ['event_lead']);
});
after(() => w.t.close());

const db = () => w.t.database.db;
const bookingCount = async () => Number((await db().select({ n: count() }).from(bookings))[0]!.n);
const sessionCount = async (eventId: string) =>
  Number((await db().select({ n: count() }).from(eventSessions).where(eq(eventSessions.eventId, eventId)))[0]!.n);

const group = (title: string, day: string, from: string, to: string, venueId = w.v.room) => ({
  kind: 'group',
  title,
  startsAt: at(day, from),
  endsAt: at(day, to),
  venueId,
  expectedCount: 20,
});

test('a programme books every venue session at once; the bureau approves; the notice follows; main = first plenary', async () => {
  const e = await w.newEvent(CONTACT);
  const view = ok(
    await w.s.lead.post(`/api/v1/events/${e.id}/programme`, {
      sessions: [
        {
          kind: 'plenary',
          title: '全体大会',
          startsAt: at('05', '08:30'),
          endsAt: at('05', '12:00'),
          venueId: w.v.hall,
          expectedCount: 500,
        },
        group('第一分组讨论', '04', '09:00', '11:00'),
        { kind: 'meal', title: '工作午餐', startsAt: at('04', '12:00'), endsAt: at('04', '13:30'), place: '员工餐厅' },
      ],
    }),
    201,
  );
  assert.equal(view.sessions.length, 3);
  const plenary = view.sessions.find((s: any) => s.kind === 'plenary');
  const room = view.sessions.find((s: any) => s.kind === 'group');
  const meal = view.sessions.find((s: any) => s.kind === 'meal');
  assert.equal(plenary.main, true);
  assert.equal(view.mainSessionId, plenary.id);
  assert.equal(plenary.booking.status, 'requested', 'the conference hall (C) needs the bureau');
  assert.match(plenary.booking.number, /\d/);
  assert.ok(room.booking);
  assert.equal(meal.booking, null);
  assert.equal(meal.place, '员工餐厅');
  const b = ok(await w.s.lead.get(`/api/v1/bookings/${plenary.booking.id}`));
  assert.equal(b.organizationId, w.fx.organizationId);
  assert.match(b.topic, /全体大会/);
  ok(await w.s.bureau.post(`/api/v1/bookings/${plenary.booking.id}/approve`, {}));
  ok(await w.s.dispatcher.post('/api/v1/service-notices', { bookingId: plenary.booking.id }), 201);
  const again = ok(await w.s.lead.get(`/api/v1/events/${e.id}/programme`));
  const p2 = again.sessions.find((s: any) => s.id === plenary.id);
  assert.equal(p2.booking.status, 'confirmed');
  assert.ok(p2.notice?.number);
  const audits = await db()
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, plenary.id), eq(auditEvents.action, 'event_session.created')));
  assert.equal(audits.length, 1);
  // xlsx
  const x = await w.s.lead.get(`/api/v1/events/${e.id}/programme?format=xlsx`);
  assert.equal(x.statusCode, 200);
  assert.match(String(x.headers['content-type']), /spreadsheetml/);

  // move the group session: its booking moves; cancel it: its booking is cancelled
  const moved = ok(
    await w.s.lead.patch(`/api/v1/events/${e.id}/sessions/${room.id}`, { startsAt: at('04', '14:00'), endsAt: at('04', '16:00') }),
  );
  const r2 = moved.sessions.find((s: any) => s.id === room.id);
  const rb = ok(await w.s.lead.get(`/api/v1/bookings/${room.booking.id}`));
  assert.equal(new Date(rb.startAt).toISOString(), new Date(at('04', '14:00')).toISOString());
  assert.equal(new Date(r2.startsAt).toISOString(), new Date(at('04', '14:00')).toISOString());
  const left = ok(await w.s.lead.post(`/api/v1/events/${e.id}/sessions/${room.id}/cancel`, { reason: '议程调整' }));
  assert.equal(left.sessions.length, 2);
  assert.equal(ok(await w.s.lead.get(`/api/v1/bookings/${room.booking.id}`)).status, 'cancelled');
  // choose the main session
  const chosen = ok(await w.s.lead.put(`/api/v1/events/${e.id}/main-session`, { sessionId: meal.id }));
  assert.equal(chosen.mainSessionId, meal.id);
});

test('all or nothing: sessions clashing among themselves write nothing (409 programme_sessions_clash naming both)', async () => {
  const e = await w.newEvent(CONTACT);
  const before = await bookingCount();
  const p = problem(
    await w.s.lead.post(`/api/v1/events/${e.id}/programme`, {
      sessions: [group('第一组', '04', '09:00', '11:00'), group('第二组', '04', '10:00', '12:00'), group('第三组', '05', '09:00', '11:00')],
    }),
    409,
    'programme_sessions_clash',
  );
  assert.deepEqual(
    (p.sessions as any[]).map((s) => s.index),
    [0, 1],
  );
  assert.match(String(p.detail), /第二组/);
  assert.equal(await bookingCount(), before);
  assert.equal(await sessionCount(e.id), 0);
});

test('all or nothing: one session clashing with an existing booking writes nothing (409 with a per-session list)', async () => {
  await w.meeting(); // the big meeting in the hall, Thursday 14:00–17:00
  const e = await w.newEvent(CONTACT);
  const before = await bookingCount();
  const p = problem(
    await w.s.lead.post(`/api/v1/events/${e.id}/programme`, {
      sessions: [
        group('第一组', '05', '09:00', '11:00'),
        {
          kind: 'plenary',
          title: '全体大会',
          startsAt: at('04', '14:30'),
          endsAt: at('04', '16:00'),
          venueId: w.v.hall,
          expectedCount: 500,
        },
      ],
    }),
    409,
    'programme_session_conflict',
  );
  assert.deepEqual(
    (p.sessions as any[]).map((s) => [s.index, s.code]),
    [[1, 'booking_conflict']],
  );
  assert.equal(await bookingCount(), before);
  assert.equal(await sessionCount(e.id), 0);
});

test('the booking rules apply to each session: lead time, capacity; bad input; who may write', async () => {
  const soon = await w.newEvent({ ...CONTACT, startsOn: '2026-05-11', endsOn: '2026-05-11' });
  const p = problem(
    await w.s.lead.post(`/api/v1/events/${soon.id}/programme`, {
      sessions: [
        {
          kind: 'plenary',
          title: '全体大会',
          startsAt: '2026-05-11T14:00:00+08:00',
          endsAt: '2026-05-11T16:00:00+08:00',
          venueId: w.v.hall,
          expectedCount: 500,
        },
        {
          kind: 'group',
          title: '太多人',
          startsAt: '2026-05-11T16:00:00+08:00',
          endsAt: '2026-05-11T17:00:00+08:00',
          venueId: w.v.room,
          expectedCount: 5000,
        },
      ],
    }),
    409,
    'programme_session_conflict',
  );
  const codes = (p.sessions as any[]).map((s) => s.code);
  assert.equal(codes.length, 2);
  assert.match(codes[0], /lead/);
  assert.equal(codes[1], 'capacity_exceeded');
  assert.equal(await sessionCount(soon.id), 0);

  const e = await w.newEvent(CONTACT);
  problem(
    await w.s.lead.post(`/api/v1/events/${e.id}/programme`, { sessions: [group('x', '04', '11:00', '10:00')] }),
    422,
    'programme_session_reversed',
  );
  problem(
    await w.s.lead.post(`/api/v1/events/${e.id}/programme`, { sessions: [group('x', '08', '09:00', '10:00')] }),
    422,
    'programme_session_outside_event',
  );
  problem(
    await w.s.lead.post(`/api/v1/events/${e.id}/programme`, {
      sessions: [{ kind: 'visit', title: '参观', startsAt: at('04', '09:00'), endsAt: at('04', '10:00') }],
    }),
    422,
    'programme_place_required',
  );
  problem(await w.s.lead.post(`/api/v1/events/${e.id}/programme`, { sessions: [] }), 400);
  problem(await w.s.dispatcher.post(`/api/v1/events/${e.id}/programme`, { sessions: [group('x', '04', '09:00', '10:00')] }), 403);
  problem(await outsider.get(`/api/v1/events/${e.id}/programme`), 404);
  problem(await outsider.post(`/api/v1/events/${e.id}/programme`, { sessions: [group('x', '04', '09:00', '10:00')] }), 404);
});

test('documents: versioned; a confidential one hidden from readers outside the circle, 404 outside the property, downloads audited', async () => {
  const e = await w.newEvent({ confidentiality: 'confidential' });
  const up = async (s: Session, name: string) =>
    ok(await uploadAs(s, w.fx.propertyId, { filename: name, type: 'application/pdf', data: pdf(name) }, 'document'), 201).id as string;
  const doc = ok(
    await w.s.lead.post(`/api/v1/events/${e.id}/documents`, {
      kind: 'seating',
      title: '主席台座次图',
      visibility: 'team',
      confidential: true,
      fileId: await up(w.s.lead, 'seating-v1.pdf'),
    }),
    201,
  );
  assert.equal(doc.versions.length, 1);
  const v2 = ok(
    await w.s.lead.post(`/api/v1/events/${e.id}/documents/${doc.id}/versions`, {
      fileId: await up(w.s.lead, 'seating-v2.pdf'),
      note: '调整座次',
    }),
    201,
  );
  assert.deepEqual(
    v2.versions.map((v: any) => v.version),
    [2, 1],
  );
  const agenda = ok(
    await w.s.lead.post(`/api/v1/events/${e.id}/documents`, {
      kind: 'agenda',
      title: '会议议程',
      visibility: 'organizer',
      fileId: await up(w.s.lead, 'agenda.pdf'),
    }),
    201,
  );
  // a file already attached cannot be reused
  problem(
    await w.s.lead.post(`/api/v1/events/${e.id}/documents`, {
      kind: 'other',
      title: 'x',
      visibility: 'team',
      fileId: v2.versions[0].fileId,
    }),
    422,
    'file_not_attachable',
  );
  // the dispatcher reads the event but is not in its circle: only the agenda, and 403 on the seating chart
  const seen = ok(await w.s.dispatcher.get(`/api/v1/events/${e.id}/documents`));
  assert.deepEqual(
    seen.data.map((d: any) => d.id),
    [agenda.id],
  );
  problem(await w.s.dispatcher.get(`/api/v1/events/${e.id}/documents/${doc.id}/file`), 403);
  problem(await outsider.get(`/api/v1/events/${e.id}/documents/${doc.id}/file`), 404);
  problem(await outsider.get(`/api/v1/events/${e.id}/documents`), 404);
  // the files route does not serve it either
  problem(await w.s.dispatcher.get(`/api/v1/files/${v2.versions[0].fileId}`), 404);
  // a team member gets it; the download is audited
  const g = e.groups[1];
  ok(await w.s.lead.patch(`/api/v1/events/${e.id}/groups/${g.id}`, { memberIds: [w.ids.staff] }));
  const f = await w.s.staff.get(`/api/v1/events/${e.id}/documents/${doc.id}/file`);
  assert.equal(f.statusCode, 200);
  assert.match(f.body, /seating-v2/);
  const old = await w.s.staff.get(`/api/v1/events/${e.id}/documents/${doc.id}/file?version=1`);
  assert.match(old.body, /seating-v1/);
  const audits = await db()
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, doc.id), eq(auditEvents.action, 'event_document.downloaded')));
  assert.equal(audits.length, 2);
  assert.equal(audits[0]!.actorId, w.ids.staff);
  // the host's organizer sees the agenda, not the team's seating chart
  const org = ok(await w.s.organizer.get(`/api/v1/events/${e.id}/documents`));
  assert.deepEqual(
    org.data.map((d: any) => d.id),
    [agenda.id],
  );
});
