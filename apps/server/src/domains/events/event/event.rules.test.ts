import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canStep, datesProblem, DEFAULT_GROUPS, eventNumber } from './event.rules.ts';

test('event numbers are per year, three digits', () => {
  assert.equal(eventNumber('2026', 7), 'HD-2026-007');
  assert.equal(eventNumber('2027', 1234), 'HD-2027-1234');
});

test('dates: one day to 31, never reversed', () => {
  const cases: [string, string, string | null][] = [
    ['2026-12-17', '2026-12-17', null],
    ['2026-12-17', '2026-12-18', null],
    ['2026-12-18', '2026-12-17', 'event_dates_reversed'],
    ['2026-12-01', '2026-12-31', null],
    ['2026-12-01', '2027-01-01', 'event_too_long'],
  ];
  for (const [a, b, want] of cases) assert.equal(datesProblem(a, b), want, `${a}..${b}`);
});

test('status steps', () => {
  const cases: [Parameters<typeof canStep>[0], Parameters<typeof canStep>[1], boolean][] = [
    ['planning', 'ready', true],
    ['planning', 'running', false],
    ['ready', 'planning', true],
    ['ready', 'running', true],
    ['running', 'closed', true],
    ['running', 'planning', false],
    ['closed', 'running', false],
    ['closed', 'cancelled', false],
    ['planning', 'cancelled', true],
    ['cancelled', 'planning', false],
    ['running', 'running', true],
  ];
  for (const [from, to, want] of cases) assert.equal(canStep(from, to), want, `${from} → ${to}`);
});

test('the three default groups carry the duties of the rules', () => {
  assert.deepEqual(
    DEFAULT_GROUPS.map((g) => g.zh),
    ['文秘信息组', '后勤保障组', '车辆运输组'],
  );
  assert.ok(DEFAULT_GROUPS[0]!.duties.some((d) => d.zh.includes('会务服务预算表')));
  assert.ok(DEFAULT_GROUPS[0]!.duties.some((d) => d.zh.includes('查漏补缺')));
  for (const g of DEFAULT_GROUPS) for (const d of g.duties) assert.ok(d.en.length > 5);
});
