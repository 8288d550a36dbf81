/** X5: iCalendar feeds — stable UID, SEQUENCE, status, confidential summary, revocation. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { problem, ok, TestClock } from '../../../test/helpers.ts';
import { bookingsWorld, START, at, type BookingsWorld } from '../booking/booking.fixture.ts';

const clock = new TestClock(new Date(START));
let w: BookingsWorld;
before(async () => (w = await bookingsWorld(clock)));
after(async () => w.t.close());

test('iCalendar feeds: stable UID, SEQUENCE follows the version, status, confidential summary, revocable', async () => {
  const { t, fx, otherOrgId, v, s, book } = w;
  clock.set(START);
  const b = await book({ startAt: at('17', '09:00'), endAt: at('17', '10:00'), topic: '项目推进会' }, s.organizer);
  await book({ startAt: at('17', '11:00'), endAt: at('17', '12:00'), topic: '内部会', confidentiality: 'secret' }, s.organizer);
  problem(
    await s.organizer.post('/api/v1/calendar-feeds', { propertyId: fx.propertyId, kind: 'venue', targetId: v.room }),
    403,
    'forbidden',
  );
  problem(
    await s.organizer.post('/api/v1/calendar-feeds', { propertyId: fx.propertyId, kind: 'organization', targetId: otherOrgId }),
    403,
    'forbidden',
  );
  problem(
    await s.dispatcher.post('/api/v1/calendar-feeds', { propertyId: fx.propertyId, kind: 'venue', targetId: fx.organizationId }),
    400,
    'validation_failed',
  );
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
      uid: e.getFirstPropertyValue('uid'),
      seq: e.getFirstPropertyValue('sequence'),
      status: e.getFirstPropertyValue('status'),
      summary: e.getFirstPropertyValue('summary'),
      location: e.getFirstPropertyValue('location'),
      stamp: e.getFirstPropertyValue('dtstamp'),
    }));
  };
  const first = (await events()).filter((e) => String(e.uid).startsWith(b.id));
  assert.deepEqual(
    first.map((e) => [e.uid, e.seq, e.status, e.summary, e.location]),
    [[`${b.id}@huiwu`, 1, 'CONFIRMED', '项目推进会', '第一座谈室']],
  );
  assert.ok(first[0]!.stamp);
  assert.ok((await events()).some((e) => e.summary === '会议（保密）'));
  const patched = ok(await s.organizer.patch(`/api/v1/bookings/${b.id}`, { version: b.version, topic: '项目推进会（改）' }));
  const second = (await events()).find((e) => e.uid === `${b.id}@huiwu`)!;
  assert.deepEqual([second.seq, second.summary], [2, '项目推进会（改）']);
  ok(await s.organizer.post(`/api/v1/bookings/${b.id}/cancel`, { reason: '取消' }));
  const third = (await events()).find((e) => e.uid === `${b.id}@huiwu`)!;
  assert.deepEqual([third.seq, third.status], [patched.version + 1, 'CANCELLED']);

  const venueFeed = ok(
    await s.dispatcher.post('/api/v1/calendar-feeds', { propertyId: fx.propertyId, kind: 'venue', targetId: v.room }),
    201,
  );
  assert.equal(
    ok(await s.organizer.get(`/api/v1/calendar-feeds?propertyId=${fx.propertyId}`)).data.length,
    1,
    'organizers list their own feeds',
  );
  assert.equal(
    ok(await s.dispatcher.get(`/api/v1/calendar-feeds?propertyId=${fx.propertyId}`)).data.some((f: { token?: string }) => 'token' in f),
    false,
  );
  problem(await s.organizer2.del(`/api/v1/calendar-feeds/${feed.id}`), 403, 'forbidden');
  ok(await s.organizer.del(`/api/v1/calendar-feeds/${feed.id}`), 204);
  problem(await t.app.inject({ method: 'GET', url: path }), 404, 'not_found');
  problem(await s.organizer.del(`/api/v1/calendar-feeds/${feed.id}`), 404, 'not_found');
  problem(await t.app.inject({ method: 'GET', url: `/api/v1/ical/${'x'.repeat(43)}.ics` }), 404, 'not_found');
  const venueIcs = await t.app.inject({ method: 'GET', url: new URL(venueFeed.url).pathname });
  assert.equal(venueIcs.statusCode, 200);
  assert.match(venueIcs.body, /LOCATION:第一座谈室/);
});
