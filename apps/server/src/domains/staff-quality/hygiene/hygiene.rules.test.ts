import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dueState, periodOf, periodsToRemind, previousPeriod, scoreSheet, average } from './hygiene.rules.ts';

test('periods: team weekly (Monday–Sunday), area half-monthly (1–15, 16–end), department monthly', () => {
  const table: [Parameters<typeof periodOf>[0], string, string, string][] = [
    ['team', '2026-12-07', '2026-12-07', '2026-12-13'], // a Monday
    ['team', '2026-12-13', '2026-12-07', '2026-12-13'], // its Sunday
    ['team', '2026-01-01', '2025-12-29', '2026-01-04'], // across the year
    ['area', '2026-12-01', '2026-12-01', '2026-12-15'],
    ['area', '2026-12-15', '2026-12-01', '2026-12-15'],
    ['area', '2026-12-16', '2026-12-16', '2026-12-31'],
    ['area', '2026-02-20', '2026-02-16', '2026-02-28'],
    ['area', '2028-02-29', '2028-02-16', '2028-02-29'], // a leap year
    ['department', '2026-11-30', '2026-11-01', '2026-11-30'],
    ['department', '2026-02-01', '2026-02-01', '2026-02-28'],
  ];
  for (const [level, day, start, end] of table) assert.deepEqual(periodOf(level, day), { start, end }, `${level} ${day}`);
});

test('previous periods', () => {
  assert.deepEqual(previousPeriod('team', '2026-12-09'), { start: '2026-11-30', end: '2026-12-06' });
  assert.deepEqual(previousPeriod('area', '2026-12-09'), { start: '2026-11-16', end: '2026-11-30' });
  assert.deepEqual(previousPeriod('area', '2026-12-20'), { start: '2026-12-01', end: '2026-12-15' });
  assert.deepEqual(previousPeriod('area', '2026-01-03'), { start: '2025-12-16', end: '2025-12-31' });
  assert.deepEqual(previousPeriod('department', '2026-01-03'), { start: '2025-12-01', end: '2025-12-31' });
});

test('due state: done this period; due when the last period was done; overdue when it was missed too', () => {
  assert.equal(dueState(true, false), 'done');
  assert.equal(dueState(true, true), 'done');
  assert.equal(dueState(false, true), 'due');
  assert.equal(dueState(false, false), 'overdue');
});

test('score: 100 less the deductions; every standard item on the sheet; refusals name the item', () => {
  const ok = scoreSheet([
    { code: 'butts', deduction: 5, note: '消防通道有烟头' },
    { code: 'odour', deduction: 2 },
  ]);
  assert.ok('score' in ok);
  assert.equal(ok.score, 93);
  assert.equal(ok.items.length, 8);
  assert.equal(ok.items.find((i) => i.code === 'butts')!.note, '消防通道有烟头');
  const full = scoreSheet([]);
  assert.ok('score' in full && full.score === 100);
  assert.deepEqual(scoreSheet([{ code: 'peel', deduction: 11 }]), {
    refusal: { code: 'hygiene_deduction_over', path: 'items.0.deduction' },
  });
  assert.deepEqual(
    scoreSheet([
      { code: 'peel', deduction: 1 },
      { code: 'peel', deduction: 1 },
    ]),
    {
      refusal: { code: 'hygiene_item_twice', path: 'items.1.code' },
    },
  );
  const all = scoreSheet([
    { code: 'butts', deduction: 15 },
    { code: 'paper', deduction: 15 },
    { code: 'peel', deduction: 10 },
    { code: 'spit', deduction: 10 },
    { code: 'clutter', deduction: 15 },
    { code: 'surfaces', deduction: 15 },
    { code: 'fixtures', deduction: 10 },
    { code: 'odour', deduction: 10 },
  ]);
  assert.ok('score' in all && all.score === 0);
});

test('reminders: one per level and period not reminded yet', () => {
  const sent = new Set(['team|2026-12-07']);
  assert.deepEqual(
    periodsToRemind('2026-12-09', (l, s) => sent.has(`${l}|${s}`)).map((p) => [p.level, p.period.start]),
    [
      ['area', '2026-12-01'],
      ['department', '2026-12-01'],
    ],
  );
  assert.equal(average([]), null);
  assert.equal(average([90, 95, 96]), 94);
});
