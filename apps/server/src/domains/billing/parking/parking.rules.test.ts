import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chargedForMonth, monthLastDay, overlaps } from './parking.rules.ts';

test('a space held on any day of the month is charged for the month', () => {
  const rows: [string, string | null, string, boolean][] = [
    ['2026-11-30', null, '2026-11', true], // the last day only
    ['2026-10-01', '2026-11-01', '2026-11', true], // the first day only
    ['2026-10-01', '2026-10-31', '2026-11', false], // ended before
    ['2026-12-01', null, '2026-11', false], // starts after
    ['2026-01-01', null, '2026-11', true],
    ['2026-02-28', '2026-02-28', '2026-02', true],
  ];
  for (const [fromDay, toDay, month, want] of rows)
    assert.equal(chargedForMonth({ fromDay, toDay }, month), want, `${fromDay}…${toDay} ${month}`);
  assert.equal(monthLastDay('2028-02'), '2028-02-29');
  assert.equal(monthLastDay('2026-12'), '2026-12-31');
});

test('assignments of a space may not overlap', () => {
  assert.equal(overlaps({ fromDay: '2026-01-01', toDay: '2026-05-31' }, { fromDay: '2026-06-01', toDay: null }), false);
  assert.equal(overlaps({ fromDay: '2026-01-01', toDay: null }, { fromDay: '2026-06-01', toDay: null }), true);
});
