import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, isoWeek, monthRange, quarterMonths, quarterOf, weekMonday, weekRange } from './periods.rules.ts';

const at = (local: string) => new Date(`${local}+08:00`);

test('periods: months, quarters and ISO weeks in the property time zone', () => {
  assert.deepEqual(monthRange('Asia/Shanghai', '2026-10'), {
    from: new Date('2026-09-30T16:00:00Z'),
    to: new Date('2026-10-31T16:00:00Z'),
  });
  assert.equal(addMonths('2026-01', -1), '2025-12');
  assert.equal(addMonths('2026-12', 1), '2027-01');
  assert.deepEqual(quarterMonths('2026Q3'), ['2026-07', '2026-08', '2026-09']);
  assert.equal(quarterOf('2026-12'), '2026Q4');
  for (const [d, w] of [
    ['2026-01-01', '2026-W01'],
    ['2025-12-29', '2026-W01'],
    ['2027-01-01', '2026-W53'],
    ['2026-10-09', '2026-W41'],
    ['2026-10-04', '2026-W40'],
  ])
    assert.equal(isoWeek(d!), w, d);
  assert.equal(weekMonday('2026-W53'), '2026-12-28');
  assert.equal(weekMonday('2025-W53'), null);
  assert.equal(weekMonday('2026-41'), null);
  assert.deepEqual(weekRange('Asia/Shanghai', '2026-W41'), {
    from: at('2026-10-05T00:00'),
    to: at('2026-10-12T00:00'),
    monday: '2026-10-05',
    sunday: '2026-10-11',
  });
});
