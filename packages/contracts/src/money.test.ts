import { test } from 'node:test';
import assert from 'node:assert/strict';
import { money, toFen, toYuan, yuan } from './money.ts';

test('money: fen ↔ yuan, both signs, rounding of inputs', () => {
  const cases: [number, string][] = [
    [0, '0.00'],
    [5, '0.05'],
    [123450, '1234.50'],
    [-5, '-0.05'],
    [-123456, '-1234.56'],
  ];
  for (const [fen, text] of cases) assert.equal(yuan(fen), text, `yuan(${fen})`);
  assert.equal(money(123450), '¥1,234.50');
  assert.equal(money(null), '—');
  assert.equal(toFen(12.345), 1235);
  assert.equal(toFen(0.1 + 0.2), 30);
  assert.equal(toYuan(1999), 19.99);
  assert.equal(toYuan(undefined), 0);
});
