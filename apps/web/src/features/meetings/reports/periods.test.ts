/** The weekly briefing's ISO weeks through the week picker, and the report period read from the address. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import dayjs from 'dayjs';
import { mondayOfWeek, periodAsked, reportPeriod, weekOfDay } from './periods.ts';

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

test('the report period comes from the address, each part checked, else the last one with data', () => {
  const today = '2027-01-01'; // a Friday, the first of the month: last month
  assert.deepEqual(reportPeriod(new URLSearchParams(''), today), {
    tab: 'daily',
    date: today,
    week: '2026-W53',
    month: '2026-12',
    period: today,
  });
  // Sunday morning: Friday's day, this (complete) week, this month
  assert.deepEqual(reportPeriod(new URLSearchParams('tab=weekly'), '2026-12-06'), {
    tab: 'weekly',
    date: '2026-12-04',
    week: '2026-W49',
    month: '2026-12',
    period: '2026-W49',
  });
  // Monday: last week
  assert.equal(reportPeriod(new URLSearchParams('tab=weekly'), '2026-12-07').period, '2026-W49');
  const asked = reportPeriod(new URLSearchParams('tab=weekly&date=2026-11-24&week=2026-W48&month=2026-11'), today);
  assert.deepEqual(asked, { tab: 'weekly', date: '2026-11-24', week: '2026-W48', month: '2026-11', period: '2026-W48' });
  const bad = reportPeriod(new URLSearchParams('tab=yearly&date=2026-02-30&week=2025-W53&month=2026-13'), today);
  assert.deepEqual(bad, { tab: 'daily', date: today, week: '2026-W53', month: '2026-12', period: today });
  assert.equal(reportPeriod(new URLSearchParams('tab=monthly&month=2026-12'), today).period, '2026-12');
});

test("the server's opening periods win over the calendar's guess; an address that names the period needs neither", () => {
  const opening = { day: '2026-12-04', week: '2026-W48', month: '2026-11' };
  assert.deepEqual(reportPeriod(new URLSearchParams('tab=monthly'), '2026-12-07', opening), {
    tab: 'monthly',
    date: '2026-12-04',
    week: '2026-W48',
    month: '2026-11',
    period: '2026-11',
  });
  assert.equal(reportPeriod(new URLSearchParams('tab=monthly&month=2026-12'), '2026-12-07', opening).period, '2026-12');
  assert.equal(periodAsked(new URLSearchParams('tab=monthly&month=2026-12')), true);
  assert.equal(periodAsked(new URLSearchParams('tab=weekly&month=2026-12')), false);
  assert.equal(periodAsked(new URLSearchParams('date=2026-12-01')), true);
  assert.equal(periodAsked(new URLSearchParams('tab=weekly&week=2025-W53')), false);
});
