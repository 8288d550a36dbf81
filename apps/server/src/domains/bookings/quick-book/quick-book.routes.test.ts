import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { problem, ok, TestClock } from '../../../test/helpers.ts';
import { bookingsWorld, START, at, type BookingsWorld } from '../booking/booking.fixture.ts';

let w: BookingsWorld;
before(async () => {
  w = await bookingsWorld(new TestClock(new Date(START)));
});
after(async () => w.t.close());

const url = (q: Record<string, string>) => `/api/v1/bookings/quick-book?${new URLSearchParams(q)}`;

test("quick booking starts from the dispatcher's recent units, the caller's phone and the room's usual attendance", async () => {
  const { fx, v, s } = w;
  const none = ok(await s.dispatcher.get(url({ propertyId: fx.propertyId, venueId: v.room })));
  assert.deepEqual(none, { recent: [], caller: null, usualAttendees: null, usualLayout: null });

  await w.book({ startAt: at('03', '09:00'), endAt: at('03', '10:00'), attendeeCount: 10, topic: '周例会' });
  await w.book({
    startAt: at('03', '14:00'),
    endAt: at('03', '15:00'),
    organizationId: w.otherOrgId,
    organizerUnit: '市财政局',
    contactName: '陈静',
    contactPhone: '0755-2830 1203',
    topic: '预算执行座谈会',
    attendeeCount: 20,
  });
  await w.book({ startAt: at('04', '09:00'), endAt: at('04', '10:00'), attendeeCount: 14, topic: '周例会（第二次）' });
  // Someone else's booking is not this dispatcher's memory, but it is the room's history.
  await w.book({ startAt: at('05', '09:00'), endAt: at('05', '10:00'), attendeeCount: 30 }, s.assistant);

  const d = ok(await s.dispatcher.get(url({ propertyId: fx.propertyId, venueId: v.room, phone: '075528301203' })));
  assert.deepEqual(
    d.recent.map((u: { topic: string }) => u.topic),
    ['周例会（第二次）', '预算执行座谈会'],
  );
  assert.equal(d.caller.organizerUnit, '市财政局');
  assert.equal(d.caller.contactName, '陈静');
  assert.equal(d.caller.organizationId, w.otherOrgId);
  assert.equal(d.usualAttendees, 17); // 10, 14, 20, 30
  assert.equal(d.usualLayout, 'discussion'); // the room's default, taken by every booking

  const unknown = ok(await s.dispatcher.get(url({ propertyId: fx.propertyId, venueId: v.room, phone: '13900000000' })));
  assert.equal(unknown.caller, null);
});

test('quick booking is for booking staff of the property, on its own venues; bad input is a clear error', async () => {
  const { fx, v, s } = w;
  problem(await s.organizer.get(url({ propertyId: fx.propertyId, venueId: v.room })), 403);
  problem(await s.staff.get(url({ propertyId: fx.propertyId, venueId: v.room })), 403);
  problem(await s.dispatcher.get(url({ propertyId: fx.propertyId, venueId: '00000000-0000-4000-8000-000000000000' })), 404);
  problem(await s.dispatcher.get(url({ propertyId: fx.propertyId, venueId: v.room, phone: 'call me' })), 400, 'validation_failed');
  problem(await s.dispatcher.get(url({ propertyId: fx.propertyId })), 400, 'validation_failed');
});
