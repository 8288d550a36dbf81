import { test } from 'node:test';
import assert from 'node:assert/strict';
import { yuan } from './charges.rules.ts';

test('money: fen as yuan text', () => {
  const rows: [number, string][] = [
    [12345, '123.45'],
    [5, '0.05'],
    [0, '0.00'],
    [100, '1.00'],
    [-250, '-2.50'],
    [100_000_000, '1000000.00'],
  ];
  for (const [fen, want] of rows) assert.equal(yuan(fen), want, String(fen));
});
