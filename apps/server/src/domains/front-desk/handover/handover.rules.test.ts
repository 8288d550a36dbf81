import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ackRefusal, acceptRefusal, alertAt, alertDue, flagged, lastClosedShift, shiftAt, shiftToHandOver } from './handover.rules.ts';

const at = (iso: string) => new Date(iso);
const TZ = 'Asia/Shanghai';
const iso = (d: Date) => d.toISOString();

test('the shift holding an instant: day 08:00–17:00, evening 17:00–08:00 of the next day (property start times)', () => {
  for (const [when, shift, start, end] of [
    ['2026-12-07T08:00:00+08:00', 'day', '2026-12-07T08:00:00+08:00', '2026-12-07T17:00:00+08:00'],
    ['2026-12-07T16:59:00+08:00', 'day', '2026-12-07T08:00:00+08:00', '2026-12-07T17:00:00+08:00'],
    ['2026-12-07T17:00:00+08:00', 'evening', '2026-12-07T17:00:00+08:00', '2026-12-08T08:00:00+08:00'],
    ['2026-12-07T23:30:00+08:00', 'evening', '2026-12-07T17:00:00+08:00', '2026-12-08T08:00:00+08:00'],
    ['2026-12-08T02:00:00+08:00', 'evening', '2026-12-07T17:00:00+08:00', '2026-12-08T08:00:00+08:00'],
    ['2026-12-08T07:59:00+08:00', 'evening', '2026-12-07T17:00:00+08:00', '2026-12-08T08:00:00+08:00'],
    // Across a month and a year end.
    ['2027-01-01T03:00:00+08:00', 'evening', '2026-12-31T17:00:00+08:00', '2027-01-01T08:00:00+08:00'],
  ] as const) {
    const w = shiftAt(at(when), TZ);
    assert.deepEqual([w.shift, iso(w.start), iso(w.end)], [shift, iso(at(start)), iso(at(end))], when);
  }
  const custom = shiftAt(at('2026-12-07T08:15:00+08:00'), TZ, '08:30', '18:00');
  assert.deepEqual(
    [custom.shift, iso(custom.start), iso(custom.end)],
    ['evening', iso(at('2026-12-06T18:00:00+08:00')), iso(at('2026-12-07T08:30:00+08:00'))],
  );
  // Start times that make no day shift fall back to the defaults.
  assert.equal(iso(shiftAt(at('2026-12-07T09:00:00+08:00'), TZ, '18:00', '08:00').start), iso(at('2026-12-07T08:00:00+08:00')));
});

test('a handover written up to an hour after the shift change hands over the shift that ended', () => {
  for (const [when, shift, start] of [
    ['2026-12-07T16:40:00+08:00', 'day', '2026-12-07T08:00:00+08:00'],
    ['2026-12-07T17:45:00+08:00', 'day', '2026-12-07T08:00:00+08:00'],
    ['2026-12-07T18:01:00+08:00', 'evening', '2026-12-07T17:00:00+08:00'],
    ['2026-12-08T07:50:00+08:00', 'evening', '2026-12-07T17:00:00+08:00'],
    ['2026-12-08T08:30:00+08:00', 'evening', '2026-12-07T17:00:00+08:00'],
    ['2026-12-08T09:05:00+08:00', 'day', '2026-12-08T08:00:00+08:00'],
  ] as const) {
    const w = shiftToHandOver(at(when), TZ);
    assert.deepEqual([w.shift, iso(w.start)], [shift, iso(at(start))], when);
  }
});

test('a missing handover is reported for the last shift whose writing hour is over', () => {
  for (const [when, shift, start] of [
    // the day shift ended at 17:00, written until 18:00: till then the night shift before it is the last closed
    ['2026-12-07T17:30:00+08:00', 'evening', '2026-12-06T17:00:00+08:00'],
    ['2026-12-07T18:00:00+08:00', 'day', '2026-12-07T08:00:00+08:00'],
    ['2026-12-08T08:59:00+08:00', 'day', '2026-12-07T08:00:00+08:00'],
    ['2026-12-08T09:00:00+08:00', 'evening', '2026-12-07T17:00:00+08:00'],
    ['2027-01-01T10:00:00+08:00', 'evening', '2026-12-31T17:00:00+08:00'],
  ] as const) {
    const w = lastClosedShift(at(when), TZ);
    assert.deepEqual([w.shift, iso(w.start)], [shift, iso(at(start))], when);
  }
  // the property's own shift times
  assert.equal(iso(lastClosedShift(at('2026-12-07T19:30:00+08:00'), TZ, '08:30', '18:00').start), iso(at('2026-12-07T08:30:00+08:00')));
});

test('acknowledge and accept: never your own, never twice, accept only when every item is acknowledged', () => {
  const h = { state: 'submitted' as const, writtenBy: 'u1' };
  assert.equal(ackRefusal(h, 'u2', { ackedAt: null }), null);
  assert.equal(ackRefusal(h, 'u1', { ackedAt: null }), 'handover_own');
  assert.equal(ackRefusal(h, 'u2', { ackedAt: at('2026-12-07T17:05:00Z') }), 'handover_item_acked');
  assert.equal(ackRefusal({ ...h, state: 'accepted' }, 'u2', { ackedAt: null }), 'handover_already_accepted');
  assert.equal(acceptRefusal(h, 'u2', 0), null);
  assert.equal(acceptRefusal(h, 'u2', 2), 'handover_items_pending');
  assert.equal(acceptRefusal(h, 'u1', 0), 'handover_own');
  assert.equal(acceptRefusal({ ...h, state: 'accepted' }, 'u2', 0), 'handover_already_accepted');
});

test('the supervisor is alerted once, N minutes after the shift change, while the handover is not accepted', () => {
  const shiftEnd = at('2026-12-07T17:00:00+08:00');
  assert.equal(iso(alertAt(shiftEnd, 30)), iso(at('2026-12-07T17:30:00+08:00')));
  const h = { state: 'submitted' as const, alertedAt: null, shiftEnd };
  for (const [now, minutes, expect] of [
    ['2026-12-07T17:29:00+08:00', 30, false],
    ['2026-12-07T17:30:00+08:00', 30, true],
    ['2026-12-07T17:20:00+08:00', 15, true],
  ] as const)
    assert.equal(alertDue(h, minutes, at(now)), expect, `${now} ${minutes}`);
  assert.equal(alertDue({ ...h, alertedAt: at('2026-12-07T17:30:00+08:00') }, 30, at('2026-12-07T18:00:00+08:00')), false);
  assert.equal(alertDue({ ...h, state: 'accepted' }, 30, at('2026-12-07T18:00:00+08:00')), false);
});

test('flagged items: past due, or urgent', () => {
  const now = at('2026-12-07T12:00:00Z');
  assert.equal(flagged(at('2026-12-07T11:59:00Z'), now), true);
  assert.equal(flagged(at('2026-12-07T12:00:00Z'), now), false);
  assert.equal(flagged(null, now), false);
  assert.equal(flagged(null, now, true), true);
});
