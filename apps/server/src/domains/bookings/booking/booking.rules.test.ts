import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BookingStatus } from '@hy/contracts';
import { bookingNumber, canTransition, holdWindow, statusAfterChange } from './booking.rules.ts';

const at = (s: string) => new Date(s);

test('status machine', () => {
  const all: BookingStatus[] = ['requested', 'confirmed', 'rejected', 'cancelled', 'expired'];
  const allowed = new Set([
    'requested>confirmed',
    'requested>rejected',
    'requested>cancelled',
    'requested>expired',
    'confirmed>requested',
    'confirmed>cancelled',
  ]);
  for (const from of all) for (const to of all) assert.equal(canTransition(from, to), allowed.has(`${from}>${to}`), `${from}>${to}`);
  const cases: [BookingStatus, boolean, boolean, BookingStatus][] = [
    ['confirmed', true, true, 'requested'],
    ['confirmed', true, false, 'confirmed'],
    ['confirmed', false, true, 'confirmed'],
    ['requested', true, true, 'requested'],
  ];
  for (const [s, approval, moved, want] of cases) assert.equal(statusAfterChange(s, approval, moved), want);
});

test('numbers: year in the property time zone, six digits', () => {
  assert.equal(bookingNumber('Asia/Shanghai', at('2026-12-31T16:30:00Z'), 123), 'HY-2027-000123');
});

test('the held span: setup before the start, cleanup after the end', () => {
  assert.deepEqual(holdWindow(at('2026-05-06T02:00:00Z'), at('2026-05-06T04:00:00Z'), { setupMinutes: 60, cleanupMinutes: 45 }), {
    from: at('2026-05-06T01:00:00Z'),
    to: at('2026-05-06T04:45:00Z'),
  });
});
