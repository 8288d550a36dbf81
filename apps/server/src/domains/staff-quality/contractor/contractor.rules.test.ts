import { test } from 'node:test';
import assert from 'node:assert/strict';
import { monthBounds, payment, ratingOf, scoreTenths } from './contractor.rules.ts';

const f = (o: Partial<Parameters<typeof scoreTenths>[0]> = {}) => ({
  teamAvg: 92,
  areaAvg: 90,
  departmentAvg: 88,
  inspections: 10,
  findings: 0,
  reinspections: 0,
  failedReinspections: 0,
  openFindings: 0,
  ...o,
});

test('score: levels weighted 30/30/40, re-weighted when a level has no sheet; patrol figures deduct', () => {
  assert.equal(scoreTenths(f()), 898); // (92·30 + 90·30 + 88·40) / 100 = 89.8
  assert.equal(scoreTenths(f({ departmentAvg: null })), 910); // (92 + 90) / 2
  assert.equal(scoreTenths(f({ teamAvg: null, areaAvg: null, departmentAvg: null })), 0);
  assert.equal(scoreTenths(f({ findings: 4, failedReinspections: 1, openFindings: 2 })), 898 - 20 - 10 - 20);
  assert.equal(scoreTenths(f({ teamAvg: 10, areaAvg: 0, departmentAvg: 0, findings: 50 })), 0); // never below zero
});

test('rating bands', () => {
  const table: [number, string][] = [
    [1000, 'excellent'],
    [900, 'excellent'],
    [899, 'good'],
    [800, 'good'],
    [799, 'pass'],
    [700, 'pass'],
    [699, 'fail'],
    [0, 'fail'],
  ];
  for (const [t, r] of table) assert.equal(ratingOf(t), r, String(t));
});

test('payment: full pay from the full-pay score; below it x% of the amount per point, pro rata, capped', () => {
  const amountFen = 6_800_000; // ¥68,000.00
  const pay = (scoreTenths: number, deductBpPerPoint = 100, fullPayScore = 90) =>
    payment({ amountFen, fullPayScore, deductBpPerPoint, scoreTenths });
  assert.deepEqual(pay(900), { deductionFen: 0, paymentFen: 6_800_000 });
  assert.deepEqual(pay(955), { deductionFen: 0, paymentFen: 6_800_000 });
  assert.deepEqual(pay(890), { deductionFen: 68_000, paymentFen: 6_732_000 }); // one point: 1 %
  assert.deepEqual(pay(885), { deductionFen: 102_000, paymentFen: 6_698_000 }); // 1.5 points
  assert.deepEqual(pay(800, 200), { deductionFen: 1_360_000, paymentFen: 5_440_000 }); // 10 points at 2 %
  assert.deepEqual(pay(0, 500), { deductionFen: 6_800_000, paymentFen: 0 }); // capped at the whole amount
  assert.deepEqual(payment({ amountFen: 333, fullPayScore: 90, deductBpPerPoint: 100, scoreTenths: 899 }), {
    deductionFen: 0,
    paymentFen: 333,
  }); // 0.333 fen rounds to 0
  assert.deepEqual(payment({ amountFen: 10_000_000_000, fullPayScore: 100, deductBpPerPoint: 10_000, scoreTenths: 999 }), {
    deductionFen: 1_000_000_000,
    paymentFen: 9_000_000_000,
  }); // big amounts stay exact
});

test('month bounds', () => {
  assert.deepEqual(monthBounds('2026-12'), { from: '2026-12-01', toExclusive: '2027-01-01' });
  assert.deepEqual(monthBounds('2026-02'), { from: '2026-02-01', toExclusive: '2026-03-01' });
});
