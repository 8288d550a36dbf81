import { test } from 'node:test';
import assert from 'node:assert/strict';
import { complaintRate, percent } from './measures.rules.ts';

test('complaint rate: valid complaints ÷ households, over the target from 5 %', () => {
  const rows: [number, number, number | null, boolean][] = [
    // [valid complaints, households, rate, over target]
    [1, 20, 0.05, true],
    [1, 21, 0.0476, false],
    [0, 20, 0, false],
    [3, 0, null, false],
    [2, 3, 0.6667, true],
  ];
  for (const [valid, homes, rate, over] of rows) {
    assert.deepEqual(
      complaintRate('2026-07', valid, homes),
      { month: '2026-07', validComplaints: valid, households: homes, rate, overTarget: over },
      `${valid}/${homes}`,
    );
  }
});

test('percent: one decimal, null when nothing was measured', () => {
  const rows: [number, number, number | null][] = [
    [1, 3, 33.3],
    [2, 3, 66.7],
    [3, 3, 100],
    [0, 5, 0],
    [0, 0, null],
    [1, 0, null],
  ];
  for (const [n, d, want] of rows) assert.equal(percent(n, d), want, `${n}/${d}`);
});
