import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addDays,
  addMonths,
  daysInMonth,
  isDay,
  isMonth,
  isoWeek,
  mondayOf,
  quarterMonths,
  quarterOf,
  reportDefaults,
  openingPeriods,
  currentPeriods,
  lastCompletePeriods,
  weekMonday,
} from './periods.ts';

test('ISO weeks: year edges, 53-week years, Mondays and malformed labels', () => {
  const weeks: [string, string][] = [
    ['2026-01-01', '2026-W01'], // a Thursday: week 1
    ['2025-12-29', '2026-W01'], // the Monday of that week lies in the old year
    ['2026-12-31', '2026-W53'],
    ['2027-01-03', '2026-W53'], // a Sunday: still 2026's last week
    ['2027-01-04', '2027-W01'],
    ['2026-06-01', '2026-W23'],
    ['2024-12-30', '2025-W01'],
  ];
  for (const [day, week] of weeks) assert.equal(isoWeek(day), week, day);
  assert.equal(mondayOf('2026-12-06'), '2026-11-30'); // a Sunday
  assert.equal(mondayOf('2026-11-30'), '2026-11-30');
  assert.equal(weekMonday('2026-W01'), '2025-12-29');
  assert.equal(weekMonday('2026-W53'), '2026-12-28');
  assert.equal(weekMonday('2025-W53'), null); // 2025 has 52 weeks
  assert.equal(weekMonday('2026-W00'), null);
  assert.equal(weekMonday('2026-23'), null);
});

test('days, months and quarters', () => {
  assert.equal(addDays('2026-02-28', 1), '2026-03-01');
  assert.equal(addDays('2026-01-01', -1), '2025-12-31');
  assert.equal(isDay('2026-02-29'), false);
  assert.equal(isDay('2028-02-29'), true);
  assert.equal(isDay('2026-13-01'), false);
  assert.equal(addMonths('2026-12', 1), '2027-01');
  assert.equal(addMonths('2026-01', -1), '2025-12');
  assert.equal(isMonth('2026-00'), false);
  assert.equal(daysInMonth('2026-02'), 28);
  assert.equal(daysInMonth('2028-02'), 29);
  assert.deepEqual(quarterMonths('2026Q4'), ['2026-10', '2026-11', '2026-12']);
  assert.equal(quarterOf('2026-08'), '2026Q3');
});

test('reports open on a period with data: weekends on Friday, Monday on last week, the first days of a month on the last month', () => {
  const rows: [string, { day: string; week: string; month: string; quarter: string }][] = [
    ['2026-12-06', { day: '2026-12-04', week: '2026-W49', month: '2026-12', quarter: '2026Q4' }], // Sunday
    ['2026-12-05', { day: '2026-12-04', week: '2026-W49', month: '2026-12', quarter: '2026Q4' }], // Saturday
    ['2026-12-07', { day: '2026-12-07', week: '2026-W49', month: '2026-12', quarter: '2026Q4' }], // Monday: last week
    ['2026-12-08', { day: '2026-12-08', week: '2026-W50', month: '2026-12', quarter: '2026Q4' }], // Tuesday
    ['2026-10-01', { day: '2026-10-01', week: '2026-W40', month: '2026-09', quarter: '2026Q3' }], // 1st: last month
    ['2026-10-04', { day: '2026-10-02', week: '2026-W40', month: '2026-10', quarter: '2026Q4' }], // Sunday the 4th
    ['2027-01-02', { day: '2027-01-01', week: '2026-W53', month: '2026-12', quarter: '2026Q4' }], // across the year
  ];
  for (const [today, want] of rows) assert.deepEqual(reportDefaults(today), want, today);
});

test('a report opens on the current period when it has data, else on the last complete one', () => {
  const all = { day: true, week: true, month: true };
  const none = { day: false, week: false, month: false };
  // Monday 7 December 2026, nothing yet this morning: Friday, last week, and (the month has data) December.
  assert.deepEqual(openingPeriods('2026-12-07', { day: false, week: false, month: true }), {
    day: '2026-12-04',
    week: '2026-W49',
    month: '2026-12',
    quarter: '2026Q4',
  });
  assert.deepEqual(openingPeriods('2026-12-07', all), { day: '2026-12-07', week: '2026-W50', month: '2026-12', quarter: '2026Q4' });
  // Sunday the 6th and an empty month: Friday, last week, November.
  assert.deepEqual(openingPeriods('2026-12-06', none), { day: '2026-12-04', week: '2026-W48', month: '2026-11', quarter: '2026Q4' });
  // A quiet 1 January: the last day, week and month of the year before.
  assert.deepEqual(openingPeriods('2027-01-01', none), { day: '2026-12-31', week: '2026-W52', month: '2026-12', quarter: '2026Q4' });
  assert.deepEqual(currentPeriods('2027-01-01'), { day: '2027-01-01', week: '2026-W53', month: '2027-01' });
  assert.deepEqual(lastCompletePeriods('2026-12-08'), { day: '2026-12-07', week: '2026-W49', month: '2026-11' });
});
