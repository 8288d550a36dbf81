import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LiveStatus } from '@hy/contracts';
import { liveStatus } from './during.rules.ts';

test('M8 live status: cancelled and on hold first, then explicit start/end, then the clock and verified readiness', () => {
  const d = (hhmm: string) => new Date(`2026-06-04T${hhmm}:00+08:00`);
  type Notice = Parameters<typeof liveStatus>[0];
  const base: Notice = { status: 'active', startAt: d('10:00'), endAt: d('12:00'), startedAt: null, endedAt: null };
  const table: [string, Partial<Notice>, boolean, string, LiveStatus][] = [
    ['cancelled', { status: 'cancelled' }, true, '09:00', 'cancelled'],
    ['on hold, past its end', { status: 'on_hold' }, false, '13:00', 'on_hold'],
    ['before the start, not verified', {}, false, '09:00', 'preparing'],
    ['before the start, all verified', {}, true, '09:59', 'ready'],
    ['at the start by the clock', {}, false, '10:00', 'in_progress'],
    ['started early by staff', { startedAt: d('09:50') }, false, '09:55', 'in_progress'],
    ['ended early by staff', { startedAt: d('10:00'), endedAt: d('11:00') }, true, '11:05', 'ended'],
    ['at the end by the clock', {}, true, '12:00', 'ended'],
  ];
  for (const [name, over, verified, now, want] of table) assert.equal(liveStatus({ ...base, ...over }, verified, d(now)), want, name);
});
