import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { auditEvents } from '../../../db/schema/index.ts';
import { notificationCount } from '../../../test/builders.ts';
import { ok, problem, signedIn, TestClock, type Session } from '../../../test/helpers.ts';
import { eventsWorld, type EventsWorld } from '../events.fixture.ts';
import { guestFigures } from '../guests/guests.figures.ts';

const clock = new TestClock(new Date('2026-05-11T09:00:00+08:00'));
let w: EventsWorld;
let outsider: Session;

before(async () => {
  w = await eventsWorld(clock);
  const other = await (await import('../../../test/helpers.ts')).makeProperty(w.t.app, '另一个项目');
  outsider = await signedIn(w.t.app, other.propertyId, ['event_lead']);
});
after(() => w.t.close());

test('the lead sets up an event: numbered, three default groups with their duties, audited', async () => {
  const e = await w.newEvent();
  assert.match(e.number, /^HD-2026-\d{3}$/);
  assert.deepEqual(
    e.groups.map((g: { name: string }) => g.name),
    ['文秘信息组', '后勤保障组', '车辆运输组'],
  );
  assert.ok(e.groups[0].duties.some((d: { text: string }) => d.text.includes('会务服务预算表')));
  assert.equal(e.policies.manage, true);
  const rows = await w.t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, e.id), eq(auditEvents.action, 'event.created')));
  assert.equal(rows.length, 1);
  // English readers see the default groups in English.
  const en = ok(await w.s.lead.get(`/api/v1/events/${e.id}`, { 'accept-language': 'en-US' }));
  assert.equal(en.groups[0].name, 'Secretariat and information');
});

test('bad input: reversed dates, an owner who is no lead, a non-staff member, a stale version, a status jump', async () => {
  problem(
    await w.s.lead.post('/api/v1/events', {
      propertyId: w.fx.propertyId,
      name: 'x',
      hostUnit: 'y',
      startsOn: '2026-06-05',
      endsOn: '2026-06-04',
      expectedCount: 10,
    }),
    422,
    'event_dates_reversed',
  );
  problem(
    await w.s.lead.post('/api/v1/events', {
      propertyId: w.fx.propertyId,
      name: 'x',
      hostUnit: 'y',
      startsOn: '2026-06-31',
      endsOn: '2026-07-01',
      expectedCount: 10,
    }),
    400,
  );
  problem(await w.newEventRaw({ ownerId: w.ids.cleaner }), 422, 'event_owner_not_lead');
  problem(
    await w.s.staff.post('/api/v1/events', {
      propertyId: w.fx.propertyId,
      name: 'x',
      hostUnit: 'y',
      startsOn: '2026-06-04',
      endsOn: '2026-06-04',
      expectedCount: 10,
    }),
    403,
  );
  const e = await w.newEvent();
  const g = e.groups[1];
  problem(await w.s.lead.patch(`/api/v1/events/${e.id}/groups/${g.id}`, { memberIds: [w.ids.organizer] }), 422, 'event_member_unknown');
  problem(await w.s.lead.post(`/api/v1/events/${e.id}/groups`, { name: '后勤保障组' }), 409, 'event_group_exists');
  ok(await w.s.lead.patch(`/api/v1/events/${e.id}`, { expectedCount: 130, version: e.version }));
  problem(await w.s.lead.patch(`/api/v1/events/${e.id}`, { expectedCount: 140, version: e.version }), 409, 'conflict');
  problem(await w.s.lead.patch(`/api/v1/events/${e.id}`, { status: 'closed', version: e.version + 1 }), 409, 'event_status_step');
});

test('the team: members join and are told; a brief reaches the other groups as a duty and a notification; duties are ticked by the group', async () => {
  const e = await w.newEvent();
  const [sec, log, trans] = e.groups;
  ok(await w.s.lead.patch(`/api/v1/events/${e.id}/groups/${sec.id}`, { leaderId: w.ids.assistant, memberIds: [w.ids.dispatcher] }));
  ok(await w.s.lead.patch(`/api/v1/events/${e.id}/groups/${log.id}`, { leaderId: w.ids.staff, memberIds: [w.ids.cleaner] }));
  const after = ok(await w.s.lead.patch(`/api/v1/events/${e.id}/groups/${trans.id}`, { leaderId: w.ids.security }));
  assert.deepEqual(
    after.groups[2].members.map((m: { userId: string }) => m.userId),
    [w.ids.security],
  );
  assert.equal(await notificationCount(w.t.app.database.db, w.ids.cleaner, 'event.assigned'), 1);
  problem(
    await w.s.assistant.post(`/api/v1/events/${e.id}/briefs`, { fromGroupId: sec.id, toGroupIds: [sec.id], title: '自己' }),
    422,
    'event_brief_same_group',
  );
  const b = ok(
    await w.s.assistant.post(`/api/v1/events/${e.id}/briefs`, {
      fromGroupId: sec.id,
      toGroupIds: [log.id, trans.id],
      title: '外地嘉宾 30 人需接站和住宿',
    }),
    201,
  );
  assert.deepEqual(b.toGroupNames, ['后勤保障组', '车辆运输组']);
  assert.equal(await notificationCount(w.t.app.database.db, w.ids.cleaner, 'event.brief'), 1);
  assert.equal(await notificationCount(w.t.app.database.db, w.ids.security, 'event.brief'), 1);
  const d = ok(await w.s.cleaner.get(`/api/v1/events/${e.id}`));
  const duty = d.groups[1].duties.find((x: { briefId: string | null }) => x.briefId === b.id);
  assert.ok(duty);
  // Someone of another group may not tick the logistics group's duty; the group's own member may.
  problem(await w.s.dispatcher.post(`/api/v1/events/${e.id}/groups/${log.id}/duties/${duty.id}`, { done: true }), 403);
  const ticked = ok(await w.s.cleaner.post(`/api/v1/events/${e.id}/groups/${log.id}/duties/${duty.id}`, { done: true }));
  assert.equal(ticked.groups[1].duties.find((x: { id: string }) => x.id === duty.id).done, true);
  assert.equal(ok(await w.s.dispatcher.get(`/api/v1/events/${e.id}/briefs`)).data.length, 1);
});

test('who reads what: staff and the host organizer read, another organization and another property get 404, a member works', async () => {
  const e = await w.newEvent({ confidentiality: 'confidential' });
  const list = async (s: Session) => ok(await s.get(`/api/v1/events?propertyId=${w.fx.propertyId}`));
  assert.ok((await list(w.s.organizer)).data.some((x: { id: string }) => x.id === e.id));
  assert.ok(!(await list(w.s.otherOrganizer)).data.some((x: { id: string }) => x.id === e.id));
  problem(await w.s.otherOrganizer.get(`/api/v1/events/${e.id}`), 404);
  problem(await outsider.get(`/api/v1/events/${e.id}`), 404);
  // A cleaner (no events.read) sees the event only once on its team.
  problem(await w.s.cleaner.get(`/api/v1/events/${e.id}`), 404);
  ok(await w.s.lead.patch(`/api/v1/events/${e.id}/groups/${e.groups[1].id}`, { memberIds: [w.ids.cleaner] }));
  const c = ok(await w.s.cleaner.get(`/api/v1/events/${e.id}`));
  assert.deepEqual(c.policies, { manage: false, work: true, approve: false, inner: true, asOrganizer: false });
  const o = ok(await w.s.organizer.get(`/api/v1/events/${e.id}`));
  assert.equal(o.policies.asOrganizer, true);
  assert.equal(o.policies.work, false);
  problem(await w.s.organizer.patch(`/api/v1/events/${e.id}`, { expectedCount: 3, version: o.version }), 403);
});

test('live figures count registered guests with companions, per day, session and meal', async () => {
  const e = await w.newEvent();
  const plenary = await w.addSession(e.id);
  await w.addGuests(e.id, 3, { sessionIds: [plenary.id] });
  await w.addGuests(e.id, 1, {
    dietary: 'halal',
    companions: [{ name: '随员', relation: '秘书' }],
    meals: ['2026-06-04:lunch'],
    attendDays: ['2026-06-04'],
  });
  await w.addGuests(e.id, 2, { rsvp: 'invited', registeredAt: null });
  const f = await guestFigures(w.t.database.db, e.id);
  assert.equal(f.total, 6);
  assert.equal(f.registered, 4);
  assert.equal(f.pending, 2);
  assert.equal(f.people, 5);
  assert.equal(f.perDay['2026-06-04'], 5);
  assert.equal(f.perDay['2026-06-05'], 3);
  assert.equal(f.perSession[plenary.id], 3);
  assert.deepEqual(f.perMeal['2026-06-04:lunch'], { people: 5, dietary: { none: 3, halal: 2 } });
  assert.equal(f.perMeal['2026-06-04:dinner']!.people, 3);
});
