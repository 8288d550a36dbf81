import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BudgetBasis } from '@hy/contracts';
import { amountOf, approveVerdict, editVerdict, roundFen, totalOf, unitsOf, variance } from './budget.rules.ts';

const f = { guests: 120, days: 2, roomNights: 76, vehicleDays: 9, covers: 310 };

test('each basis multiplies by its figure', () => {
  const cases: [BudgetBasis, number, number, number][] = [
    // basis, unitFen, quantity, expected amount
    ['fixed', 350_000, 1, 350_000],
    ['fixed', 1_250, 3, 3_750],
    ['per_guest', 8_000, 1, 960_000],
    ['per_night', 45_000, 1, 3_420_000],
    ['per_day', 120_000, 2, 480_000],
    ['per_vehicle', 90_000, 1, 810_000],
    ['per_cover', 6_000, 1, 1_860_000],
    ['per_guest', 999, 0.5, 59_940],
  ];
  for (const [basis, unitFen, quantity, want] of cases)
    assert.equal(amountOf({ category: 'other', basis, unitFen, quantity }, f), want, basis);
  assert.equal(unitsOf({ category: 'other', basis: 'per_guest', unitFen: 1, quantity: 1.1 }, f), 132);
});

test('rounding half-up to the fen', () => {
  const cases: [number, number][] = [
    [0.5, 1],
    [1.4999, 1],
    [2.5, 3],
    [0.1 * 3 * 5, 2], // 1.5000000000000002
    [100.49, 100],
    [0, 0],
  ];
  for (const [x, want] of cases) assert.equal(roundFen(x), want, String(x));
  // 1.01 yuan × 0.5 × 3 guests: 151.5 fen → 152
  assert.equal(amountOf({ category: 'other', basis: 'per_guest', unitFen: 101, quantity: 0.5 }, { ...f, guests: 3 }), 152);
  assert.equal(amountOf({ category: 'other', basis: 'fixed', unitFen: 333, quantity: 0.5 }, f), 167);
});

test('totals and zero figures', () => {
  const lines = [
    { category: 'venue' as const, basis: 'fixed' as const, unitFen: 100, quantity: 2 },
    { category: 'catering' as const, basis: 'per_cover' as const, unitFen: 10, quantity: 1 },
  ];
  assert.equal(totalOf(lines, f), 200 + 3100);
  assert.equal(totalOf(lines, { guests: 0, days: 0, roomNights: 0, vehicleDays: 0, covers: 0 }), 200);
  assert.equal(totalOf([], f), 0);
});

test('variance per category and in total; over budget when the actual exceeds the approved', () => {
  const v = variance(
    [
      { category: 'venue', amountFen: 1000 },
      { category: 'catering', amountFen: 500 },
      { category: 'catering', amountFen: 500 },
    ],
    [
      { category: 'venue', amountFen: 1000 },
      { category: 'catering', amountFen: 1200 },
    ],
    [
      { category: 'catering', amountFen: 1100 },
      { category: 'printing', amountFen: 300 },
      { category: 'venue', amountFen: 900 },
    ],
  );
  assert.deepEqual(
    v.rows.map((r) => [r.category, r.approvedFen, r.currentFen, r.actualFen, r.varianceFen, r.over]),
    [
      ['venue', 1000, 1000, 900, -100, false],
      ['catering', 1000, 1200, 1100, 100, true],
      ['printing', 0, 0, 300, 300, true],
    ],
  );
  assert.deepEqual(v.totals, { approvedFen: 2000, currentFen: 2200, actualFen: 2300, varianceFen: 300, over: true });
});

test('only a draft changes; only the latest submitted version is approved', () => {
  assert.equal(editVerdict('draft'), null);
  assert.equal(editVerdict('approved'), 'budget_approved_locked');
  assert.equal(editVerdict('superseded'), 'budget_approved_locked');
  assert.equal(editVerdict('submitted'), 'budget_not_draft');
  assert.equal(approveVerdict({ version: 2, status: 'submitted' }, 2), null);
  assert.equal(approveVerdict({ version: 2, status: 'submitted' }, 3), 'budget_version_stale');
  assert.equal(approveVerdict({ version: 2, status: 'draft' }, 2), 'budget_not_submitted');
  assert.equal(approveVerdict({ version: 2, status: 'approved' }, 2), 'budget_approved_locked');
});
