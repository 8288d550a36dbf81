import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, addMonths, daysInMonth, isDay, isMonth, isoWeek, mondayOf, quarterMonths, quarterOf, weekMonday } from './periods.ts';

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
