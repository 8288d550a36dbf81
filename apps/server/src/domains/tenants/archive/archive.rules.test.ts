import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daysOverdue, dueOn, nextFileNo, toBind } from './archive.rules.ts';

test('due day: calendar days after the loan, across months and years', () => {
  assert.equal(dueOn('2026-12-07', 7), '2026-12-14');
  assert.equal(dueOn('2026-12-28', 7), '2027-01-04');
  assert.equal(dueOn('2026-02-25', 5), '2026-03-02');
});

test('days overdue: 0 on the due day and before, counted after; never for a returned loan', () => {
  const rows: [string, string, boolean, number][] = [
    ['2026-12-14', '2026-12-13', false, 0],
    ['2026-12-14', '2026-12-14', false, 0],
    ['2026-12-14', '2026-12-15', false, 1],
    ['2026-12-14', '2027-01-14', false, 31],
    ['2026-12-14', '2027-01-14', true, 0],
  ];
  for (const [due, today, ret, n] of rows) assert.equal(daysOverdue(due, today, ret), n, `${due} ${today}`);
});

test('the binder rule: two years in the binder, then bound', () => {
  assert.equal(toBind('2024-12-07', '2026-12-06', 2), false);
  assert.equal(toBind('2024-12-07', '2026-12-07', 2), true);
  assert.equal(toBind('2025-06-01', '2026-12-07', 2), false);
  assert.equal(toBind('2025-06-01', '2026-12-07', 1), true);
});

test('file numbers run per month', () => {
  assert.equal(nextFileNo('2026-12', []), 'DA-202612-001');
  assert.equal(nextFileNo('2026-12', ['DA-202612-001', 'DA-202612-009', 'DA-202611-020', 'X-1']), 'DA-202612-010');
});
