/** Venue closures: preview, the hold (409 venue_closed), resolving the bookings hit, the board around a closure. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { problem, ok, TestClock, type Session } from '../../../test/helpers.ts';
import { bookingsWorld, START, at, iso, type BookingsWorld } from '../booking/booking.fixture.ts';

const clock = new TestClock(new Date(START));
let w: BookingsWorld;
before(async () => (w = await bookingsWorld(clock)));
after(async () => w.t.close());

test('closures: preview, hold the venue (409 venue_closed), resolve move/keep, organizers told, listed', async () => {
  const { fx, otherOrgId, v, s, ids, body, book, bell } = w;
  clock.set(START);
  const x = await book({ venueId: v.room2, startAt: at('10', '10:00'), endAt: at('10', '11:00'), topic: '座谈会 X' }, s.organizer);
  const y = await book({
    venueId: v.room2,
    startAt: at('10', '14:00'),
    endAt: at('10', '15:00'),
    topic: '座谈会 Y',
    organizationId: otherOrgId,
  });
  const closure = { propertyId: fx.propertyId, venueId: v.room2, startAt: at('10', '09:00'), endAt: at('10', '16:00'), reason: '空调检修' };
  const preview = ok(await s.dispatcher.post('/api/v1/venue-closures', { ...closure, preview: true }));
  assert.deepEqual(
    preview.collisions.map((c: { number: string }) => c.number),
    [x.number, y.number],
  );
  problem(await s.organizer.post('/api/v1/venue-closures', closure), 403, 'forbidden');
  problem(await s.dispatcher.post('/api/v1/venue-closures', { ...closure, endAt: closure.startAt }), 400, 'validation_failed');
  problem(
    await s.dispatcher.post('/api/v1/venue-closures', { ...closure, venueId: '00000000-0000-4000-8000-000000000000' }),
    400,
    'validation_failed',
  );

  const c = ok(await s.dispatcher.post('/api/v1/venue-closures', closure), 201);
  assert.deepEqual(
    c.bookings.map((b: { bookingId: string; resolution: null }) => [b.bookingId, b.resolution]),
    [
      [x.id, null],
      [y.id, null],
    ],
  );
  const closed = problem(
    await s.dispatcher.post('/api/v1/bookings', body({ venueId: v.room2, startAt: at('10', '12:00'), endAt: at('10', '13:00') })),
    409,
    'venue_closed',
  );
  assert.equal((closed.closures as { id: string; reason: string }[])[0]!.id, c.id);
  assert.match(String(closed.detail), /空调检修/);

  const mv = ok(
    await s.dispatcher.post(`/api/v1/venue-closures/${c.id}/resolve`, {
      bookingId: x.id,
      action: 'move',
      startAt: at('11', '10:00'),
      endAt: at('11', '11:00'),
    }),
  );
  assert.equal(mv.booking.startAt, iso(at('11', '10:00')));
  assert.equal((await bell(ids.organizer!, 'booking.updated', 'bookingId', x.id)).length, 1, 'the organizer hears of the move');
  // The freed slot is closed now too.
  problem(
    await s.dispatcher.post('/api/v1/bookings', body({ venueId: v.room2, startAt: at('10', '10:00'), endAt: at('10', '11:00') })),
    409,
    'venue_closed',
  );
  ok(await s.dispatcher.post(`/api/v1/venue-closures/${c.id}/resolve`, { bookingId: y.id, action: 'keep' }));
  assert.equal((await bell(ids.organizer2!, 'booking.closure_kept', 'bookingId', y.id)).length, 1);
  problem(
    await s.dispatcher.post(`/api/v1/venue-closures/${c.id}/resolve`, { bookingId: y.id, action: 'cancel', reason: 'x' }),
    422,
    'closure_booking_unaffected',
  );
  problem(await s.dispatcher.post(`/api/v1/venue-closures/${c.id}/resolve`, { bookingId: x.id, action: 'fly' }), 400, 'validation_failed');
  // A move into the closure is refused and leaves nothing half-done.
  const z = await book({ venueId: v.room2, startAt: at('12', '10:00'), endAt: at('12', '11:00'), topic: 'Z' });
  problem(
    await s.dispatcher.patch(`/api/v1/bookings/${z.id}`, { version: z.version, startAt: at('10', '12:00'), endAt: at('10', '12:30') }),
    409,
    'venue_closed',
  );

  const list = ok(
    await s.dispatcher.get(
      `/api/v1/venue-closures?propertyId=${fx.propertyId}&from=${encodeURIComponent(at('10', '00:00'))}&to=${encodeURIComponent(at('11', '00:00'))}`,
    ),
  ).data;
  assert.equal(list.length, 1);
  assert.deepEqual(new Set(list[0].bookings.map((b: { resolution: string }) => b.resolution)), new Set(['moved', 'kept']));
  assert.equal(
    ok(await s.organizer.get(`/api/v1/venue-closures?propertyId=${fx.propertyId}`)).data[0].bookings.length,
    0,
    'organizers see the closure, not whom it hit',
  );
  problem(
    await s.dispatcher.get(
      `/api/v1/venue-closures?propertyId=${fx.propertyId}&from=${encodeURIComponent(at('11', '00:00'))}&to=${encodeURIComponent(at('10', '00:00'))}`,
    ),
    400,
    'validation_failed',
  );

  // The board of that day: the kept booking with its buffers, and the closure pieces around it.
  const pieces = async (who: Session) => {
    const board = ok(await who.get(`/api/v1/bookings/board?propertyId=${fx.propertyId}&date=2026-06-10`));
    return board.venues.find((x: { id: string }) => x.id === v.room2).items;
  };
  const span = (items: { kind: string; start: string; end: string }[]) =>
    items.map((i) => `${i.kind} ${i.start.slice(11, 16)}-${i.end.slice(11, 16)}`);
  const staffView = await pieces(s.dispatcher);
  assert.deepEqual(span(staffView), [
    'closure 09:00-13:45',
    'buffer 13:45-14:00',
    'booking 14:00-15:00',
    'buffer 15:00-15:15',
    'closure 15:15-16:00',
  ]);
  assert.equal(staffView.find((i: { kind: string }) => i.kind === 'booking').start, '2026-06-10T14:00:00+08:00');
  // Another unit's meeting shows to an organizer as one anonymous occupied block (setup and cleanup included).
  const theirs = await pieces(s.organizer);
  assert.deepEqual(span(theirs), ['closure 09:00-13:45', 'occupied 13:45-15:15', 'closure 15:15-16:00']);
  const busy = theirs.find((i: { kind: string }) => i.kind === 'occupied');
  assert.deepEqual(
    [busy.bookingId, busy.number, busy.topic, busy.organizationName],
    [null, null, null, null],
    "another unit's meeting shows as busy only",
  );
});
