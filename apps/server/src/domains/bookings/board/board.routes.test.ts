/** The availability board: filters, 7 days, confidential meetings as occupied blocks, linked rooms. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { problem, ok, TestClock } from '../../../test/helpers.ts';
import { bookingsWorld, START, at, application, type BookingsWorld } from '../booking/booking.fixture.ts';

const clock = new TestClock(new Date(START));
let w: BookingsWorld;
before(async () => (w = await bookingsWorld(clock)));
after(async () => w.t.close());

test('board: filters, 7 days, confidential topics hidden, linked rooms', async () => {
  const { fx, secondBuildingId, v, s, book } = w;
  clock.set(START);
  const secret = await book({
    venueId: v.hall,
    attendeeCount: 100,
    application,
    confidentiality: 'confidential',
    topic: '保密会议',
    startAt: at('16', '09:00'),
    endAt: at('16', '11:00'),
  });
  const q = (extra: string, who = s.dispatcher) => who.get(`/api/v1/bookings/board?propertyId=${fx.propertyId}&date=2026-06-15${extra}`);
  const all = ok(await q('&days=7'));
  assert.equal(all.from, '2026-06-15T00:00:00+08:00');
  assert.equal(all.to, '2026-06-22T00:00:00+08:00');
  const hall = all.venues.find((x: { id: string }) => x.id === v.hall);
  assert.deepEqual(
    hall.items.map((i: { kind: string; status: string }) => `${i.kind}:${i.status}`),
    ['buffer:requested', 'booking:requested', 'buffer:requested'],
  );
  assert.equal(hall.items[1].topic, '保密会议');
  const vip = all.venues.find((x: { id: string }) => x.id === v.vip);
  assert.equal(vip.items[1].bookingId, secret.id);
  assert.equal(vip.items[1].linked, true);
  // M12: meeting staff not entitled see the slot only, as one occupied block without number, name or unit.
  const hidden = ok(await q('&days=7', s.staff)).venues.find((x: { id: string }) => x.id === v.hall).items;
  assert.deepEqual(
    hidden.map(
      (i: { kind: string; bookingId: string | null; number: string | null; topic: string | null; organizationName: string | null }) => [
        i.kind,
        i.bookingId,
        i.number,
        i.topic,
        i.organizationName,
      ],
    ),
    [['occupied', null, null, null, null]],
  );
  assert.ok(!JSON.stringify(ok(await q('&days=7', s.staff))).includes(secret.id), 'not even its id');
  assert.equal(ok(await q('')).venues.find((x: { id: string }) => x.id === v.hall).items.length, 0, 'one day: the 15th only');
  const names = async (extra: string) =>
    ok(await q(extra))
      .venues.map((x: { id: string }) => x.id)
      .sort();
  assert.deepEqual(await names('&minSeats=100'), [v.hall]);
  assert.deepEqual(await names('&venueClass=B'), [v.east]);
  assert.deepEqual(await names(`&buildingId=${secondBuildingId}`), [v.east]);
  assert.deepEqual(await names('&equipment=projector'), [v.room, v.hall].sort());
  assert.deepEqual(await names('&equipment=projector,video'), [v.hall]);
  for (const bad of ['&days=3', '&date=2026-13-01', '&minSeats=0', '&venueClass=D']) problem(await q(bad), 400, 'validation_failed');
  problem(await s.tenant.get(`/api/v1/bookings/board?propertyId=${fx.propertyId}&date=2026-06-15`), 403, 'forbidden');
});
