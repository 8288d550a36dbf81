import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BookingStatus } from '@hy/contracts';
import { bookingNumber, canTransition, counterKey, holdWindow, isActive, statusAfterChange } from './booking.rules.ts';

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

test('active bookings hold their venue; the number counter is per year in the property time zone', () => {
  const active: [BookingStatus, boolean][] = [
    ['requested', true],
    ['confirmed', true],
    ['rejected', false],
    ['cancelled', false],
    ['expired', false],
  ];
  for (const [status, want] of active) assert.equal(isActive(status), want, status);
  const keys: [string, string, string][] = [
    ['Asia/Shanghai', '2026-12-31T15:59:59Z', 'booking:2026'],
    ['Asia/Shanghai', '2026-12-31T16:00:00Z', 'booking:2027'], // already New Year in Shanghai
    ['UTC', '2026-12-31T16:00:00Z', 'booking:2026'],
    ['Europe/London', '2027-01-01T00:00:00Z', 'booking:2027'],
  ];
  for (const [tz, instant, want] of keys) assert.equal(counterKey(tz, at(instant)), want, `${tz} ${instant}`);
});
