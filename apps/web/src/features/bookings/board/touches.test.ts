/** The board refetches for a live event only when it touches what the board shows. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { touchesBoard } from './touches.ts';

const shown = {
  venueIds: new Set(['v1', 'v2']),
  bookingIds: new Set(['b-on-board']),
  from: '2026-12-08T00:00:00+08:00',
  to: '2026-12-09T00:00:00+08:00',
};
const event = (over: Record<string, unknown>) => ({
  topic: 'booking.created',
  bookingId: 'b-new',
  venueIds: ['v1'],
  heldFrom: '2026-12-08T09:30:00+08:00',
  heldTo: '2026-12-08T11:30:00+08:00',
  ...over,
});

test('a booking of a venue shown, within the period shown, touches the board', () => {
  assert.equal(touchesBoard(event({}), shown), true);
  assert.equal(touchesBoard(event({ venueIds: ['v9', 'v2'] }), shown), true, 'held through a linked venue shown');
});

test('a booking elsewhere or at another time does not', () => {
  assert.equal(touchesBoard(event({ venueIds: ['v9'] }), shown), false, 'another building');
  assert.equal(
    touchesBoard(event({ heldFrom: '2026-12-09T00:00:00+08:00', heldTo: '2026-12-09T02:00:00+08:00' }), shown),
    false,
    'the next day',
  );
  assert.equal(
    touchesBoard(event({ heldFrom: '2026-12-07T22:00:00+08:00', heldTo: '2026-12-08T00:00:00+08:00' }), shown),
    false,
    'ends as the day starts',
  );
});

test('a booking on the board now touches it wherever it went (moved, cancelled, decided)', () => {
  assert.equal(touchesBoard(event({ topic: 'booking.updated', bookingId: 'b-on-board', venueIds: ['v9'] }), shown), true);
});

test('closures and events that do not say where refetch', () => {
  assert.equal(touchesBoard({ topic: 'venue_closure.created' }, shown), true);
  assert.equal(touchesBoard({ topic: 'booking.cancelled', bookingId: 'b-x', venueId: 'v9' }, shown), true);
});
