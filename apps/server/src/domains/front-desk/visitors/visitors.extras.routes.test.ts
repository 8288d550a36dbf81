/**
 * Visitors extras: a meeting's guests pre-registered from its attendee list (idempotent, the meeting's read
 * policy), no-shows (by hand and at the end of the day, in the history filter and the register), and the
 * consent timeout as a property setting (the desk phones and records the answer).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { auditEvents } from '../../../db/schema/index.ts';
import { login, makeUser, ok, problem, TestClock, type Session, type TestUser } from '../../../test/helpers.ts';
import { juneAt, meetingsWorldWithNotices, workbook, type MeetingsWorldWithNotices } from '../../../test/builders.ts';
import { markNoShows, nextNoShowRun } from './visitors.jobs.ts';

// Meetings are booked ahead (lead times): the world is made on Monday, the tests run on Thursday 2026-06-04.
const clock = new TestClock(new Date('2026-06-01T09:00:00+08:00'));
let w: MeetingsWorldWithNotices;
let desk: Session, tenant: Session, admin: Session;
let deskUser: TestUser, tenantUser: TestUser, adminUser: TestUser;
let contactId: string, otherHostId: string, eveningNotice: string;

/** After a jump of the clock past the sessions' 12 hours: the desk, the tenant (and the roster) sign in again. */
async function relogin(all = false) {
  if (all) await w.relogin();
  desk = await login(w.t.app, deskUser);
  tenant = await login(w.t.app, tenantUser);
  admin = await login(w.t.app, adminUser);
}

before(async () => {
  w = await meetingsWorldWithNotices(clock);
  const { t, fx } = w;
  eveningNotice = await w.meeting({
    venueId: w.v.room,
    attendeeCount: 20,
    application: undefined,
    topic: '招商洽谈会',
    contactName: '外单位联系人',
    contactPhone: '13911112222',
    startAt: juneAt('04', '18:00'),
    endAt: juneAt('04', '19:00'),
  });
  deskUser = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['front_desk'] }]);
  tenantUser = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant'] }], { unitId: fx.unitId });
  adminUser = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['admin'] }]);
  clock.set(new Date(juneAt('04', '09:00')));
  await relogin(true);
  const post = async (b: object) =>
    ok(await desk.post('/api/v1/front-desk/directory', { propertyId: fx.propertyId, ...b }), 201).id as string;
  const org = await post({ kind: 'tenant', nameZh: '市发改委' });
  // The meeting's contact (bigMeeting: 张晓东, 0755-28301102) is in the directory; so is 王一, a tenant's employee.
  contactId = await post({ kind: 'person', parentId: org, nameZh: '张晓东', phone: '0755-28301102' });
  await post({ kind: 'person', parentId: org, nameZh: '王一', mobile: '13800000002' });
  otherHostId = await post({ kind: 'person', parentId: org, nameZh: '周敏' });
});
after(async () => w.t.close());

const visits = (q: string) => desk.get(`/api/v1/front-desk/visits?propertyId=${w.fx.propertyId}&${q}`);

test("a meeting's guests are pre-registered from its attendee list, once; one is checked in like any appointment", async () => {
  const { s, fx, hallNotice, roomNotice } = w;
  const base = `/api/v1/service-notices/${hallNotice}/attendees`;
  ok(await s.assistant.post(base, { name: '刘主任', organization: '市财政局', phone: '13800000001' }), 201);
  ok(await s.assistant.post(base, { name: '王一', organization: '市发改委', phone: '13800000002' }), 201);
  ok(await s.assistant.post(base, { name: '赵二', organization: '市税务局' }), 201);

  const day = ok(await desk.get(`/api/v1/front-desk/visits/meetings?propertyId=${fx.propertyId}`)).data;
  const hall = day.find((m: { noticeId: string }) => m.noticeId === hallNotice);
  assert.deepEqual(
    [hall.topic, hall.guests, hall.registered, hall.startAt],
    ['全市经济工作会议', 2, 0, new Date(juneAt('04', '14:00')).toISOString()],
  );

  const run = (body: object = {}, who = desk) =>
    who.post('/api/v1/front-desk/visits/from-meeting', { propertyId: fx.propertyId, noticeId: hallNotice, ...body });
  const first = ok(await run());
  assert.deepEqual([first.created, first.existing, first.internal, first.hostName], [2, 0, 1, '张晓东']);
  const liu = first.data.find((v: { visitorName: string }) => v.visitorName === '刘主任');
  assert.deepEqual(
    [liu.kind, liu.status, liu.hostEntryId, liu.noticeId, liu.company, liu.expectedAt, liu.consent.answer],
    ['appointment', 'expected', contactId, hallNotice, '市财政局', new Date(juneAt('04', '14:00')).toISOString(), 'accept'],
  );
  // Twice: nothing new. An attendee added later is added on the next run.
  assert.deepEqual([ok(await run()).created, ok(await run()).existing], [0, 2]);
  ok(await s.assistant.post(base, { name: '孙三', organization: '市统计局' }), 201);
  const third = ok(await run());
  assert.deepEqual([third.created, third.existing, third.data[0].visitorName], [1, 2, '孙三']);
  const group = ok(await visits(`view=today&noticeId=${hallNotice}`)).data;
  assert.deepEqual(group.map((v: { visitorName: string }) => v.visitorName).sort(), ['刘主任', '孙三', '赵二']);
  assert.equal(ok(await desk.get(`/api/v1/front-desk/visits/meetings?propertyId=${fx.propertyId}`)).data[0].registered, 3);

  // Checked in like any appointment.
  const inside = ok(await desk.post(`/api/v1/front-desk/visits/${liu.id}/check-in`, { idType: 'passport', idNumber: 'E7654321' }));
  assert.equal(inside.status, 'checked_in');

  // Only the desk; the meeting's read policy: a confidential meeting the desk may not see is 404.
  assert.equal(problem(await run({}, tenant), 403).code, 'forbidden');
  assert.equal(problem(await run({ noticeId: roomNotice }), 404).code, 'not_found');
  assert.equal(problem(await run({ noticeId: '00000000-0000-4000-8000-000000000000' }), 404).code, 'not_found');
  assert.equal(problem(await run({ extra: 1 }), 400).code, 'validation_failed');
  const audits = await w.t.app.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, liu.id), eq(auditEvents.action, 'visit.registered')));
  assert.equal(audits.length, 1);
});

test('a meeting whose contact is not in the directory: the desk chooses the host; a meeting that is over is refused', async () => {
  const { fx } = w;
  const notice = eveningNotice;
  ok(await w.s.assistant.post(`/api/v1/service-notices/${notice}/attendees`, { name: '钱五', organization: '某投资公司' }), 201);
  const run = (body: object = {}) =>
    desk.post('/api/v1/front-desk/visits/from-meeting', { propertyId: fx.propertyId, noticeId: notice, ...body });
  const refused = problem(await run(), 422);
  assert.deepEqual([refused.code, refused.fields?.[0]?.path], ['visit_meeting_host_unknown', 'hostEntryId']);
  const done = ok(await run({ hostEntryId: otherHostId }));
  assert.deepEqual([done.created, done.hostName], [1, '周敏']);
  clock.set(new Date(juneAt('04', '19:30')));
  assert.equal(problem(await run({ hostEntryId: otherHostId }), 422).code, 'visit_meeting_inactive');
  clock.set(new Date(juneAt('04', '09:30')));
});

test('no-shows: the desk marks one by hand, the end-of-day job the rest; both in the history filter and the register', async () => {
  const { fx, hallNotice } = w;
  const group = ok(await visits(`view=today&noticeId=${hallNotice}`)).data as {
    id: string;
    visitorName: string;
    status: string;
    policies: { noShow: boolean };
  }[];
  const zhao = group.find((v) => v.visitorName === '赵二')!;
  assert.equal(zhao.policies.noShow, true);
  assert.equal(problem(await tenant.post(`/api/v1/front-desk/visits/${zhao.id}/no-show`, {}), 404).code, 'not_found');
  const marked = ok(await desk.post(`/api/v1/front-desk/visits/${zhao.id}/no-show`, {}));
  assert.deepEqual([marked.status, marked.policies.noShow, marked.policies.checkIn], ['no_show', false, false]);
  assert.ok(marked.noShowAt);
  assert.equal(problem(await desk.post(`/api/v1/front-desk/visits/${zhao.id}/no-show`, {}), 409).code, 'conflict');
  // A walk-in is never a no-show.
  const walkIn = ok(
    await desk.post('/api/v1/front-desk/visits', {
      propertyId: fx.propertyId,
      kind: 'walk_in',
      hostEntryId: contactId,
      visitorName: '路人甲',
    }),
    201,
  );
  assert.equal(walkIn.policies.noShow, false);
  assert.equal(problem(await desk.post(`/api/v1/front-desk/visits/${walkIn.id}/no-show`, {}), 409).code, 'conflict');

  // 23:30: 孙三 never came (the meeting was at 14:00); 刘主任 is inside and stays so.
  assert.equal(nextNoShowRun(new Date(juneAt('04', '09:00'))).toISOString(), new Date(juneAt('04', '23:30')).toISOString());
  clock.set(new Date(juneAt('04', '23:30')));
  // (Scoped to this property: a shared PostgreSQL holds other runs' visits.)
  assert.equal(await markNoShows(w.t.app.database.db, clock.now(), fx.propertyId), 2); // 孙三, 钱五
  assert.equal(await markNoShows(w.t.app.database.db, clock.now(), fx.propertyId), 0);
  await relogin();
  const noShows = ok(await visits('view=history&status=no_show')).data.map((v: { visitorName: string }) => v.visitorName);
  assert.deepEqual(noShows.sort(), ['孙三', '赵二', '钱五']);
  const statuses = ok(await visits(`noticeId=${hallNotice}`)).data.map(
    (v: { visitorName: string; status: string }) => `${v.visitorName}:${v.status}`,
  );
  assert.deepEqual(statuses.sort(), ['刘主任:checked_in', '孙三:no_show', '赵二:no_show']);
  const xlsx = await desk.get(`/api/v1/front-desk/visits/export?propertyId=${fx.propertyId}&status=no_show`);
  assert.equal(xlsx.statusCode, 200);
  const sheet = (await workbook(xlsx.rawPayload)).worksheets[0]!;
  const text: string[] = [];
  sheet.eachRow((r) => text.push(JSON.stringify(r.values)));
  assert.ok(text.some((l) => l.includes('孙三') && l.includes('未到访')));
  assert.ok(!text.some((l) => l.includes('刘主任')));
});

test('the consent timeout is the property setting: past it the desk sees "no answer" and records the phoned answer', async () => {
  const { fx } = w;
  clock.set(new Date(juneAt('05', '10:00')));
  ok(await admin.patch(`/api/v1/properties/${fx.propertyId}/settings`, { set: { 'frontDesk.consentTimeoutMinutes': 3 } }));
  assert.equal(
    problem(await admin.patch(`/api/v1/properties/${fx.propertyId}/settings`, { set: { 'frontDesk.consentTimeoutMinutes': 0 } }), 400)
      .fields?.[0]?.path,
    'set.frontDesk.consentTimeoutMinutes',
  );
  const v = ok(
    await desk.post('/api/v1/front-desk/visits', {
      propertyId: fx.propertyId,
      kind: 'walk_in',
      hostEntryId: contactId,
      visitorName: '吴六',
    }),
    201,
  );
  assert.equal(v.consentDeadline, new Date(juneAt('05', '10:03')).toISOString());
  assert.equal(v.consentOverdue, false);
  clock.set(new Date(juneAt('05', '10:03')));
  const late = ok(await visits('view=awaiting')).data.find((x: { id: string }) => x.id === v.id);
  assert.deepEqual([late.consentOverdue, late.policies.consent], [true, true]);
  const phoned = ok(
    await desk.post(`/api/v1/front-desk/visits/${v.id}/consent`, { answer: 'come_down', channel: 'phone', consenterName: '张晓东' }),
  );
  assert.deepEqual(
    [phoned.status, phoned.consentOverdue, phoned.consent.channel, phoned.consent.answer],
    ['admitted', false, 'phone', 'come_down'],
  );
  // Back to the default (10 minutes).
  ok(await admin.patch(`/api/v1/properties/${fx.propertyId}/settings`, { reset: ['frontDesk.consentTimeoutMinutes'] }));
  const v2 = ok(
    await desk.post('/api/v1/front-desk/visits', {
      propertyId: fx.propertyId,
      kind: 'walk_in',
      hostEntryId: contactId,
      visitorName: '郑七',
    }),
    201,
  );
  assert.equal(v2.consentDeadline, new Date(juneAt('05', '10:13')).toISOString());
});
