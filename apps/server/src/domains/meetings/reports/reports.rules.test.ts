import { test } from 'node:test';
import assert from 'node:assert/strict';
import { average, countBy, hours, overlapMs, pct, readyBy, readyOnTime } from './reports.rules.ts';

const d = (s: string) => new Date(s);

test('numbers: percentages, hours, overlaps, averages, counts', () => {
  const table: [string, unknown, unknown][] = [
    ['pct 1/3', pct(1, 3), 33.3],
    ['pct 2/3', pct(2, 3), 66.7],
    ['pct of nothing', pct(0, 0), null],
    ['pct all', pct(5, 5), 100],
    ['hours 90 min', hours(90 * 60_000), 1.5],
    ['hours 20 min', hours(20 * 60_000), 0.33],
    [
      'overlap inside',
      overlapMs(d('2026-06-01T10:00Z'), d('2026-06-01T12:00Z'), d('2026-06-01T11:00Z'), d('2026-06-02T00:00Z')),
      3_600_000,
    ],
    ['overlap none', overlapMs(d('2026-06-01T10:00Z'), d('2026-06-01T11:00Z'), d('2026-06-01T11:00Z'), d('2026-06-01T12:00Z')), 0],
    ['average', average([4, 5, 5]), 4.67],
    ['average of nothing', average([]), null],
    [
      'countBy',
      countBy(['ok', 'missed', 'ok'], (x) => x),
      [
        { key: 'ok', count: 2 },
        { key: 'missed', count: 1 },
      ],
    ],
  ];
  for (const [name, got, want] of table) assert.deepEqual(got, want, name);
});

test('readiness: ready by the deadline (or the start), never before the last task due before the start, never after the start', () => {
  const start = d('2026-06-04T06:00:00Z');
  const table: [string, Date | null, Date | null, string][] = [
    ['deadline', d('2026-06-03T09:30:00Z'), null, '2026-06-03T09:30:00.000Z'],
    ['no deadline: the start', null, null, '2026-06-04T06:00:00.000Z'],
    ['a task due after the deadline', d('2026-06-03T09:30:00Z'), d('2026-06-04T05:00:00Z'), '2026-06-04T05:00:00.000Z'],
    ['a task due before the deadline', d('2026-06-03T09:30:00Z'), d('2026-06-03T08:00:00Z'), '2026-06-03T09:30:00.000Z'],
    ['never after the start', d('2026-06-04T07:00:00Z'), null, '2026-06-04T06:00:00.000Z'],
  ];
  for (const [name, deadline, lastDue, want] of table) assert.equal(readyBy(deadline, start, lastDue).toISOString(), want, name);
  const by = d('2026-06-03T09:30:00Z');
  const onTime: [string, { readyAt: Date | null; by: Date }[], boolean | null][] = [
    ['no department', [], null],
    ['all on time', [{ readyAt: by, by }], true],
    [
      'one late',
      [
        { readyAt: by, by },
        { readyAt: d('2026-06-03T10:00:00Z'), by },
      ],
      false,
    ],
    ['one never ready', [{ readyAt: null, by }], false],
  ];
  for (const [name, deps, want] of onTime) assert.equal(readyOnTime(deps), want, name);
});
