import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deliveredLate, isoWeekLabel, isoWeekday, mealStepAllowed, orderOpen, weekStartOf, weekdayReminder } from './meals.rules.ts';

const tz = 'Asia/Shanghai';

test('orders for today are open until the cut-off (property time); later days open, past days closed', () => {
  const rows: [string, string, boolean][] = [
    ['2026-12-07T09:59:00+08:00', '2026-12-07', true],
    ['2026-12-07T10:00:00+08:00', '2026-12-07', false],
    ['2026-12-07T10:01:00+08:00', '2026-12-07', false],
    ['2026-12-07T23:00:00+08:00', '2026-12-08', true],
    ['2026-12-07T08:00:00+08:00', '2026-12-06', false],
    // 01:30 UTC is 09:30 in Shanghai: still open.
    ['2026-12-07T01:30:00Z', '2026-12-07', true],
  ];
  for (const [now, day, want] of rows) assert.equal(orderOpen(day, new Date(now), tz, '10:00'), want, now);
});

test('delivery is late after the deliver-by time of its day', () => {
  assert.equal(deliveredLate(new Date('2026-12-07T11:30:00+08:00'), '2026-12-07', tz, '11:30'), false);
  assert.equal(deliveredLate(new Date('2026-12-07T11:31:00+08:00'), '2026-12-07', tz, '11:30'), true);
  assert.equal(deliveredLate(new Date('2026-12-08T09:00:00+08:00'), '2026-12-07', tz, '11:30'), true);
});

test('menu weeks start on Monday; Friday reminds the menu, Thursday the opinions', () => {
  assert.equal(isoWeekday('2026-12-07'), 1);
  assert.equal(weekStartOf('2026-12-13'), '2026-12-07');
  assert.equal(weekStartOf('2026-12-07'), '2026-12-07');
  assert.equal(weekdayReminder('2026-12-11'), 'menu');
  assert.equal(weekdayReminder('2026-12-10'), 'opinions');
  assert.equal(weekdayReminder('2026-12-09'), null);
  assert.equal(mealStepAllowed('check', 'redo'), true);
  assert.equal(mealStepAllowed('deliver', 'ordered'), false);
});

test('the ISO week label', () => {
  assert.equal(isoWeekLabel('2026-12-07'), '2026-W50');
  assert.equal(isoWeekLabel('2027-01-01'), '2026-W53');
  assert.equal(isoWeekLabel('2026-01-01'), '2026-W01');
});
