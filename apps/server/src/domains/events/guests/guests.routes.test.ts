import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { and, eq, like } from 'drizzle-orm';
import { auditEvents, eventGuests, meetingAttendees, outbox, serviceNotices } from '../../../db/schema/index.ts';
import { XLSX } from '../../../lib/xlsx.ts';
import { ok, problem, signedIn, TestClock, type Session } from '../../../test/helpers.ts';
import { eventsWorld, type EventsWorld } from '../events.fixture.ts';
import { remindDue } from './guests.invite.ts';

const clock = new TestClock(new Date('2026-05-11T09:00:00+08:00'));
let w: EventsWorld;
let outsider: Session;

before(async () => {
  w = await eventsWorld(clock);
  const other = await (await import('../../../test/helpers.ts')).makeProperty(w.t.app, '另一个项目');
  outsider = await signedIn(w.t.app, other.propertyId, ['event_lead']);
});
after(() => w.t.close());

async function book(rows: (string | number)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('嘉宾');
  ws.addRow(['姓名', '单位', '职务', '性别', '手机', '邮箱', '类别', 'VIP']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const upload = (s: Session, eventId: string, buf: Buffer) =>
  s.post(`/api/v1/events/${eventId}/guests/import`, buf, { 'content-type': XLSX });
const pub = (token: string, body?: object) =>
  w.t.app.inject({ method: body ? 'POST' : 'GET', url: `/api/v1/public/event-registration/${token}`, ...(body ? { payload: body } : {}) });
const guestsOf = (eventId: string) => w.t.database.db.select().from(eventGuests).where(eq(eventGuests.eventId, eventId));

test('import: good rows all in; a bad row → nothing written (422 with the row)', async () => {
  const e = await w.newEvent();
  const bad = await book([
    ['李建华', '福田区发展和改革局', '局长', '男', '13900001111', 'li@example.com', '嘉宾', '是'],
    ['', '罗湖区发改局', '', '', '13900002222', '', '', ''],
    ['王秀英', '南山区发改局', '副局长', '女', 'abc', '', '嘉宾', ''],
  ]);
  const p = problem(await upload(w.s.lead, e.id, bad), 422, 'guest_import_invalid');
  assert.deepEqual(p.rows, [3, 4]);
  assert.equal((await guestsOf(e.id)).length, 0);
  const good = await book([
    ['李建华', '福田区发展和改革局', '局长', '男', '13900001111', 'li@example.com', '嘉宾', '是'],
    ['王秀英', '南山区发改局', '副局长', '女', '13900003333', '', '演讲嘉宾', ''],
  ]);
  assert.equal(ok(await upload(w.s.lead, e.id, good), 201).imported, 2);
  const rows = await guestsOf(e.id);
  assert.deepEqual(rows.map((r) => [r.name, r.kind, r.vip, r.rsvp, r.gender]).sort(), [
    ['李建华', 'guest', true, 'draft', 'm'],
    ['王秀英', 'speaker', false, 'draft', 'f'],
  ]);
  // The same again: they are on the list already.
  problem(await upload(w.s.lead, e.id, good), 422, 'guest_import_invalid');
  // Nobody outside the event's team, nobody of another property.
  problem(await upload(w.s.cleaner, e.id, good), 404);
  problem(await upload(outsider, e.id, good), 404);
  const audits = await w.t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, e.id), eq(auditEvents.action, 'event_guest.imported')));
  assert.equal(audits.length, 1);
});

test('invite: drafts become invited, SMS with the personal link in the outbox; ID numbers masked, reveal audited', async () => {
  const e = await w.newEvent();
  const g = ok(
    await w.s.lead.post(`/api/v1/events/${e.id}/guests`, { name: '陈海燕', phone: '13800138000', idNo: '440301199001011234' }),
    201,
  );
  assert.equal(g.idNo, '4403**********1234');
  problem(await w.s.lead.post(`/api/v1/events/${e.id}/guests`, { name: '陈海燕', phone: '13800138000' }), 409, 'guest_exists');
  const r = ok(await w.s.lead.post(`/api/v1/events/${e.id}/guests/invite`, {}));
  assert.deepEqual(r, { invited: 1, sms: 1, email: 0 });
  assert.deepEqual(ok(await w.s.lead.post(`/api/v1/events/${e.id}/guests/invite`, {})), { invited: 0, sms: 0, email: 0 });
  const sms = await w.t.database.db.select().from(outbox).where(eq(outbox.recipient, '13800138000'));
  assert.equal(sms.length, 1);
  assert.ok(sms[0]!.body.includes(`/e/${g.inviteToken}`), sms[0]!.body);
  const list = ok(await w.s.lead.get(`/api/v1/events/${e.id}/guests?rsvp=invited`));
  assert.equal(list.data[0].rsvp, 'invited');
  assert.equal(list.data[0].idNo, '4403**********1234');
  const shown = ok(await w.s.lead.get(`/api/v1/events/${e.id}/guests?reveal=true`));
  assert.equal(shown.data[0].idNo, '440301199001011234');
  const audits = await w.t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, e.id), eq(auditEvents.action, 'event_guest.id_revealed')));
  assert.equal(audits.length, 1);
  problem(await w.s.lead.del(`/api/v1/events/${e.id}/guests/${g.id}`), 409, 'guest_not_draft');
  const x = await w.t.app.inject({ method: 'GET', url: `/api/v1/events/${e.id}/guests?format=xlsx`, headers: { cookie: w.s.lead.cookie } });
  assert.equal(x.statusCode, 200);
  assert.equal(x.headers['content-type'], XLSX);
});

test('the public page: a wrong token is 404, one guest never sees another, registration validated, closed → 422', async () => {
  const e = await w.newEvent();
  const plenary = await w.addSession(e.id);
  const lunch = await w.addSession(e.id, {
    kind: 'meal',
    title: '午餐',
    startsAt: new Date('2026-06-04T12:00:00+08:00'),
    endsAt: new Date('2026-06-04T13:00:00+08:00'),
  });
  const [a, b] = await w.addGuests(e.id, 2, { rsvp: 'invited', registeredAt: null, attendDays: [], meals: [], idNo: '440301199001011234' });
  problem(await pub('no-such-token-000000'), 404);
  const page = ok(await pub(a!.inviteToken));
  assert.equal(page.guest.name, a!.name);
  assert.equal(page.guest.idNo, '4403**********1234');
  assert.ok(!JSON.stringify(page).includes(b!.name));
  assert.deepEqual(
    page.sessions.map((s: { id: string }) => s.id),
    [plenary.id],
  );
  assert.deepEqual(page.event.days, ['2026-06-04', '2026-06-05']);
  const reg = {
    answer: 'register',
    attendDays: ['2026-06-04'],
    sessionIds: [plenary.id],
    meals: ['2026-06-04:lunch'],
    arrival: { at: '2026-06-03T15:00:00+08:00', mode: 'train', ref: 'G1001', station: '深圳北站' },
    departure: { at: '2026-06-04T18:00:00+08:00', mode: 'train', ref: 'G1002', station: '深圳北站' },
    dietary: 'halal',
    hotelWish: 'needed',
    roomShare: 'single',
    idNo: '4403**********1234',
    companions: [{ name: '随行秘书', relation: '秘书' }],
  };
  problem(
    await pub(a!.inviteToken, { ...reg, departure: { ...reg.departure, at: '2026-06-03T10:00:00+08:00' } }),
    422,
    'guest_departure_before_arrival',
  );
  problem(await pub(a!.inviteToken, { ...reg, meals: ['2026-06-07:lunch'] }), 422, 'guest_meal_outside_event');
  problem(await pub(a!.inviteToken, { ...reg, sessionIds: [lunch.id] }), 422, 'guest_session_unknown');
  problem(await pub(a!.inviteToken, { ...reg, companions: [1, 2, 3, 4].map((i) => ({ name: `随行${i}`, relation: '' })) }), 400);
  const done = ok(await pub(a!.inviteToken, reg));
  assert.equal(done.guest.rsvp, 'registered');
  const [row] = await w.t.database.db.select().from(eventGuests).where(eq(eventGuests.id, a!.id));
  assert.equal(row!.idNo, '440301199001011234', 'the masked number leaves the stored one');
  assert.equal(row!.companions.length, 1);
  ok(await pub(b!.inviteToken, { answer: 'decline' }));
  const counts = ok(await w.s.lead.get(`/api/v1/events/${e.id}/guests/counts`));
  assert.equal(counts.registered, 1);
  assert.equal(counts.declined, 1);
  assert.equal(counts.people, 2);
  assert.equal(counts.perDay['2026-06-04'], 2);
  assert.equal(counts.perSession[plenary.id], 2);
  assert.deepEqual(counts.perMeal['2026-06-04:lunch'], { people: 2, dietary: { halal: 2 } });
  assert.ok(counts.invitation.zh.includes(e.name) && counts.invitation.en.includes(e.name));
  // Three days before the first day registration closes.
  clock.set('2026-06-02T09:00:00+08:00');
  problem(await pub(a!.inviteToken, reg), 422, 'registration_closed');
  assert.equal(ok(await pub(a!.inviteToken)).open, false);
  clock.set('2026-05-11T09:00:00+08:00');
});

test('reminders: once per round, until registration closes; remind now', async () => {
  const e = await w.newEvent();
  const [g] = await w.addGuests(e.id, 1, {
    rsvp: 'invited',
    invitedAt: new Date('2026-05-11T09:00:00+08:00'),
    registeredAt: null,
    phone: '13700000001',
  });
  const smsCount = async () => (await w.t.database.db.select().from(outbox).where(like(outbox.recipient, '13700000001'))).length;
  const db = w.t.database.db;
  const reminders = async () => (await db.select().from(eventGuests).where(eq(eventGuests.id, g!.id)))[0]!.reminders;
  const cases: [string, number][] = [
    ['2026-05-14T10:00:00+08:00', 0],
    ['2026-05-16T10:00:00+08:00', 1],
    ['2026-05-16T11:00:00+08:00', 1], // once per round
    ['2026-05-21T10:00:00+08:00', 2],
    ['2026-06-02T10:00:00+08:00', 2], // registration closed
  ];
  for (const [at, n] of cases) {
    await remindDue(db, new Date(at), undefined);
    assert.equal(await reminders(), n, at);
  }
  assert.equal(await smsCount(), 2);
  assert.deepEqual(ok(await w.s.lead.post(`/api/v1/events/${e.id}/guests/remind`, {})), { reminded: 1 });
  assert.equal(await smsCount(), 3);
  problem(await w.s.cleaner.post(`/api/v1/events/${e.id}/guests/remind`, {}), 404);
});

test('attendee sync puts registered guests on their sessions’ notices, idempotently; sign-ins counted', async () => {
  const e = await w.newEvent();
  const noticeId = await w.meeting();
  const [n] = await w.t.database.db.select().from(serviceNotices).where(eq(serviceNotices.id, noticeId));
  const s = await w.addSession(e.id, { bookingId: n!.bookingId });
  await w.addGuests(e.id, 3, { sessionIds: [s.id] });
  await w.addGuests(e.id, 1, { name: '未报名', rsvp: 'invited' });
  assert.deepEqual(ok(await w.s.lead.post(`/api/v1/events/${e.id}/guests/sync-attendees`, {})), { added: 3, sessions: 1 });
  assert.deepEqual(ok(await w.s.lead.post(`/api/v1/events/${e.id}/guests/sync-attendees`, {})), { added: 0, sessions: 1 });
  const att = await w.t.database.db.select().from(meetingAttendees).where(eq(meetingAttendees.noticeId, noticeId));
  assert.equal(att.length, 3);
  await w.t.database.db
    .update(meetingAttendees)
    .set({ signedInAt: new Date(), signedInVia: 'qr' })
    .where(eq(meetingAttendees.id, att[0]!.id));
  const counts = ok(await w.s.lead.get(`/api/v1/events/${e.id}/guests/counts`));
  const row = counts.sessions.find((x: { id: string }) => x.id === s.id);
  assert.deepEqual([row.registered, row.attendees, row.signedIn, row.noticeId], [3, 3, 1, noticeId]);
  problem(await outsider.post(`/api/v1/events/${e.id}/guests/sync-attendees`, {}), 404);
});
