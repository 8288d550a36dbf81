/** The weekly briefing's ISO weeks through the week picker, and the report period read from the address. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import dayjs from 'dayjs';
import { mondayOfWeek, reportPeriod, weekOfDay } from './periods.ts';

test('a picked day belongs to the ISO week of its Thursday', () => {
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
    assert.equal(weekOfDay(dayjs(day)), week, day);
});

test('the Monday of a week for the picker, and nothing for a week that does not exist', () => {
  assert.equal(mondayOfWeek('2026-W48')?.format('YYYY-MM-DD'), '2026-11-23');
  assert.equal(mondayOfWeek('2026-W01')?.format('YYYY-MM-DD'), '2025-12-29');
  assert.equal(mondayOfWeek('2026-W53')?.format('YYYY-MM-DD'), '2026-12-28');
  assert.equal(mondayOfWeek('2025-W53'), null, '2025 has 52 weeks');
  assert.equal(mondayOfWeek('2026-W00'), null);
  assert.equal(mondayOfWeek('2026-48'), null);
});

test('the report period comes from the address, each part checked, else the one holding today', () => {
  const today = '2027-01-01';
  assert.deepEqual(reportPeriod(new URLSearchParams(''), today), {
    tab: 'daily',
    date: today,
    week: '2026-W53',
    month: '2027-01',
    period: today,
  });
  const asked = reportPeriod(new URLSearchParams('tab=weekly&date=2026-11-24&week=2026-W48&month=2026-11'), today);
  assert.deepEqual(asked, { tab: 'weekly', date: '2026-11-24', week: '2026-W48', month: '2026-11', period: '2026-W48' });
  const bad = reportPeriod(new URLSearchParams('tab=yearly&date=2026-02-30&week=2025-W53&month=2026-13'), today);
  assert.deepEqual(bad, { tab: 'daily', date: today, week: '2026-W53', month: '2027-01', period: today });
  assert.equal(reportPeriod(new URLSearchParams('tab=monthly&month=2026-12'), today).period, '2026-12');
});
