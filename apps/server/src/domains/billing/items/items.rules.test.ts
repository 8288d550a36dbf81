import { test } from 'node:test';
import assert from 'node:assert/strict';
import { areaAmount, consumption, meterAmount, roundHundredthsOfFen } from './items.rules.ts';

test('rounding is half-up to fen, jiao or yuan', () => {
  const rows: [number, 'fen' | 'jiao' | 'yuan', number][] = [
    [0, 'fen', 0],
    [149, 'fen', 1],
    [150, 'fen', 2],
    [12_345_49, 'fen', 12_345],
    [12_345_50, 'fen', 12_346],
    [12_344_00, 'jiao', 12_340],
    [12_345_00, 'jiao', 12_350],
    [12_349_99, 'yuan', 12_300],
    [12_350_00, 'yuan', 12_400],
  ];
  for (const [h, r, want] of rows) assert.equal(roundHundredthsOfFen(h, r), want, `${h} ${r}`);
  assert.throws(() => roundHundredthsOfFen(-1, 'fen'), RangeError);
});

test('area × unit price + surcharge', () => {
  const rows: [number, number, number, 'fen' | 'jiao' | 'yuan', number][] = [
    [120.5, 650, 0, 'fen', 78_325],
    [86.33, 650, 0, 'fen', 56_115], // 56114.5 → half-up
    [86.33, 650, 0, 'jiao', 56_110],
    [86.33, 650, 1_000, 'yuan', 57_100],
    [0.01, 1, 0, 'fen', 0],
  ];
  for (const [a, p, s, r, want] of rows) assert.equal(areaAmount(a, p, s, r), want, `${a}×${p}+${s} ${r}`);
});

test('consumption × price; a current reading below the previous is refused', () => {
  assert.equal(consumption(100.2, 130.45), 30.25);
  assert.equal(meterAmount(100.2, 130.45, 520, 0, 'fen'), 15_730);
  assert.equal(meterAmount(0, 0, 520, 0, 'fen'), 0);
  assert.throws(() => consumption(10, 9.99), RangeError);
});
