import { test } from 'node:test';
import assert from 'node:assert/strict';
import { complaintRate, equalityShare, percent } from './measures.rules.ts';

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
      complaintRate('2026-07', valid, homes, 0.05),
      { month: '2026-07', validComplaints: valid, households: homes, rate, overTarget: over },
      `${valid}/${homes}`,
    );
  }
  assert.equal(complaintRate('2026-07', 1, 21, 0.04).overTarget, true, 'the target is a setting');
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

test('three equalities as one share: returned ÷ the largest count, 100 when all agree, null when nothing happened', () => {
  const rows: [number, number, number, number, number | null][] = [
    [0, 0, 0, 0, null],
    [4, 4, 4, 4, 100],
    [4, 3, 3, 3, 75],
    [2, 2, 3, 2, 66.7],
    [3, 3, 3, 0, 0],
  ];
  for (const [l, d, i, r, want] of rows) assert.equal(equalityShare(l, d, i, r), want, `${l}/${d}/${i}/${r}`);
});
