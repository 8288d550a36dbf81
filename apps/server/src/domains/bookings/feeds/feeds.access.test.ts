/**
 * X1, X5, M12: a calendar feed reads as its creator at every fetch — it stops when the creator is
 * disabled or loses the role in the property, keeps confidential meetings to those allowed, and
 * puts contact phone numbers only into events the creator may read.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { problem, ok, TestClock, type TestApp, type Fixture, type Session } from '../../../test/helpers.ts';
import { userRoles, users } from '../../../db/schema/index.ts';
import { juneAt, makeMeetingVenues, propertyFor, roster } from '../../../test/builders.ts';

const clock = new TestClock(new Date('2026-06-01T09:00:00+08:00'));

let t: TestApp;
let fx: Fixture;
let room: string;
const team = roster<string>();
const { s, ids } = team;
const closed = { id: '', number: '', topic: '保密研讨会', phone: '13900003333' };
const open = { id: '', topic: '月度例会', phone: '13800004444' };

before(async () => {
  ({ t, fx } = await propertyFor(team, clock));
  room = (await makeMeetingVenues(t.database.db, fx)).room;
  await team.members({
    dispatcher: 'dispatcher',
    cleaner: 'cleaner',
    engineer: 'engineer',
    organizer: { roles: ['organizer'], organizationId: fx.organizationId },
  });
  const body = (over: Record<string, unknown>) => ({
    propertyId: fx.propertyId,
    venueId: room,
    attendeeCount: 8,
    organizationId: fx.organizationId,
    contactName: '王干事',
    ...over,
  });
  const c = ok(
    await s.dispatcher!.post(
      '/api/v1/bookings',
      body({
        startAt: juneAt('02', '10:00'),
        endAt: juneAt('02', '11:00'),
        topic: closed.topic,
        contactPhone: closed.phone,
        confidentiality: 'secret',
      }),
    ),
    201,
  );
  const o = ok(
    await s.dispatcher!.post(
      '/api/v1/bookings',
      body({ startAt: juneAt('02', '14:00'), endAt: juneAt('02', '15:00'), topic: open.topic, contactPhone: open.phone }),
    ),
    201,
  );
  Object.assign(closed, { id: c.id, number: c.number });
  open.id = o.id;
});
after(async () => t.close());

const feedOf = async (who: Session, kind: 'venue' | 'organization', targetId?: string) =>
  new URL(ok(await who.post('/api/v1/calendar-feeds', { propertyId: fx.propertyId, kind, ...(targetId ? { targetId } : {}) }), 201).url)
    .pathname;
const fetchFeed = (path: string) => t.app.inject({ method: 'GET', url: path });
/** The VEVENT blocks of a feed, unfolded (RFC 5545 folds long lines). */
const events = (ics: string) =>
  ics
    .replace(/\r\n[ \t]/g, '')
    .split('BEGIN:VEVENT')
    .slice(1);

test("a feed applies its creator's read rules: a confidential meeting is a bare busy block for staff not allowed, and phones go only where they may look", async () => {
  const mine = await feedOf(s.cleaner!, 'venue', room);
  const res = await fetchFeed(mine);
  assert.equal(res.statusCode, 200, res.body);
  const [busy, shown] = events(res.body);
  assert.match(busy!, new RegExp(`UID:${closed.id}@huiwu`));
  assert.match(busy!, /SUMMARY:已占用/);
  for (const secret of [closed.topic, closed.number, closed.phone, '王干事', 'DESCRIPTION'])
    assert.ok(!busy!.includes(secret), `the cleaner's feed leaks ${secret}`);
  assert.match(shown!, new RegExp(`SUMMARY:${open.topic}`));
  assert.ok(shown!.includes(open.phone), 'a meeting the creator may read carries its contact');
  // Booking staff see that it is there, but a feed never carries a confidential topic or contact.
  const staff = (await fetchFeed(await feedOf(s.dispatcher!, 'venue', room))).body;
  const [closedForStaff] = events(staff);
  assert.match(closedForStaff!, /SUMMARY:会议（保密）/);
  assert.ok(closedForStaff!.includes(closed.number) && !closedForStaff!.includes(closed.phone) && !closedForStaff!.includes(closed.topic));
});

test('a feed stops (404) when its creator is disabled or loses the role in the property', async () => {
  const cleanerFeed = await feedOf(s.cleaner!, 'venue', room);
  const engineerFeed = await feedOf(s.engineer!, 'venue', room);
  const organizerFeed = await feedOf(s.organizer!, 'organization');
  for (const path of [cleanerFeed, engineerFeed, organizerFeed]) assert.equal((await fetchFeed(path)).statusCode, 200);
  assert.ok((await fetchFeed(organizerFeed)).body.includes(closed.topic) === false, 'never the confidential topic, even for its organizer');

  await t.database.db.update(users).set({ disabled: true }).where(eq(users.id, ids.cleaner!));
  problem(await fetchFeed(cleanerFeed), 404, 'not_found');
  await t.database.db.update(users).set({ disabled: false }).where(eq(users.id, ids.cleaner!));
  assert.equal((await fetchFeed(cleanerFeed)).statusCode, 200, 'enabled again: the same feed works');

  await t.database.db.delete(userRoles).where(and(eq(userRoles.userId, ids.engineer!), eq(userRoles.propertyId, fx.propertyId)));
  problem(await fetchFeed(engineerFeed), 404, 'not_found');
  await t.database.db.delete(userRoles).where(and(eq(userRoles.userId, ids.organizer!), eq(userRoles.propertyId, fx.propertyId)));
  problem(await fetchFeed(organizerFeed), 404, 'not_found');
  assert.equal((await fetchFeed(cleanerFeed)).statusCode, 200, "others' feeds go on");
});
