/** ISO weeks of the weekly briefing: the server's YYYY-Www, across year boundaries. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import dayjs from 'dayjs';
import { isoWeekMonday, isoWeekOf } from './periods.ts';

test('a day belongs to the ISO week of its Thursday', () => {
  for (const [day, week] of [
    ['2026-11-24', '2026-W48'],
    ['2026-01-01', '2026-W01'],
    ['2025-12-29', '2026-W01'],
    ['2027-01-01', '2026-W53'],
    ['2026-12-31', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
  ] as const)
    assert.equal(isoWeekOf(dayjs(day)), week, day);
});

test('the Monday of a week, and nothing for a week that does not exist', () => {
  assert.equal(isoWeekMonday('2026-W48')?.format('YYYY-MM-DD'), '2026-11-23');
  assert.equal(isoWeekMonday('2026-W01')?.format('YYYY-MM-DD'), '2025-12-29');
  assert.equal(isoWeekMonday('2026-W53')?.format('YYYY-MM-DD'), '2026-12-28');
  assert.equal(isoWeekMonday('2025-W53'), null, '2025 has 52 weeks');
  assert.equal(isoWeekMonday('2026-W00'), null);
  assert.equal(isoWeekMonday('2026-48'), null);
});
