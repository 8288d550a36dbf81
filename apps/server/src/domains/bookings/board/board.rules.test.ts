import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boardPieces } from './board.rules.ts';

const at = (s: string) => new Date(s);

test('board pieces: buffers around the meeting, a closure whole', () => {
  const h = {
    from: at('2026-06-02T00:45:00Z'),
    to: at('2026-06-02T02:15:00Z'),
    bookingId: 'b',
    closureId: null,
    startAt: at('2026-06-02T01:00:00Z'),
    endAt: at('2026-06-02T02:00:00Z'),
  };
  assert.deepEqual(
    boardPieces(h).map((p) => [p.kind, p.start.toISOString().slice(11, 16), p.end.toISOString().slice(11, 16)]),
    [
      ['buffer', '00:45', '01:00'],
      ['booking', '01:00', '02:00'],
      ['buffer', '02:00', '02:15'],
    ],
  );
  assert.deepEqual(
    boardPieces({ ...h, from: h.startAt!, to: h.endAt! }).map((p) => p.kind),
    ['booking'],
  );
  assert.deepEqual(
    boardPieces({ ...h, bookingId: null, closureId: 'c', startAt: null, endAt: null }).map((p) => p.kind),
    ['closure'],
  );
});
