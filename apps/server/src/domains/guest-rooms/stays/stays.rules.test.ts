import { test } from 'node:test';
import assert from 'node:assert/strict';
import { availabilityRefusal, keyOutcome, registerRangeOk } from './stays.rules.ts';

test('availability: only a vacant-clean room of the type asked for', () => {
  const cases: [Parameters<typeof availabilityRefusal>, string | null][] = [
    [[{ status: 'vacant_clean', roomType: 'standard' }, 'standard'], null],
    [[{ status: 'vacant_dirty', roomType: 'standard' }, 'standard'], 'room_not_available'],
    [[{ status: 'occupied', roomType: 'standard' }, 'standard'], 'room_not_available'],
    [[{ status: 'out_of_order', roomType: 'suite' }, 'suite'], 'room_not_available'],
    [[{ status: 'vacant_clean', roomType: 'king' }, 'standard'], 'stay_room_type_mismatch'],
  ];
  for (const [args, want] of cases) assert.equal(availabilityRefusal(...args), want, JSON.stringify(args));
});

test('keys back: all returned, a lost key needs its outcome and note, too many refused', () => {
  assert.deepEqual(keyOutcome(2, 2, undefined, null), { outcome: 'returned' });
  assert.deepEqual(keyOutcome(1, 0, undefined, null), { refusal: 'key_note_required' });
  assert.deepEqual(keyOutcome(1, 0, 'lost_charged', ' '), { refusal: 'key_note_required' });
  assert.deepEqual(keyOutcome(1, 0, 'lost_charged', '客人遗失，按 50 元赔偿'), { outcome: 'lost_charged' });
  assert.deepEqual(keyOutcome(2, 1, 'lost_reported', '已报保安'), { outcome: 'lost_reported' });
  assert.deepEqual(keyOutcome(1, 2, undefined, null), { refusal: 'key_returned_too_many' });
  assert.equal(registerRangeOk('2026-11-01', '2026-11-30'), true);
  assert.equal(registerRangeOk('2026-11-30', '2026-11-01'), false);
  assert.equal(registerRangeOk('2025-01-01', '2026-11-01'), false);
});
