import { test } from 'node:test';
import assert from 'node:assert/strict';
import { money, rmbInWords, toFen, toYuan, yuan } from './money.ts';

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

test('amounts in capitals (大写金额)', () => {
  const table: [number, string][] = [
    [0, '零元整'],
    [5, '伍分'],
    [50, '伍角整'],
    [100, '壹元整'],
    [6_800_000, '陆万捌仟元整'],
    [6_732_000, '陆万柒仟叁佰贰拾元整'],
    [1_234_567, '壹万贰仟叁佰肆拾伍元陆角柒分'],
    [1_000_005, '壹万元零伍分'],
    [100_100, '壹仟零壹元整'],
    [1_000_000_000, '壹仟万元整'],
    [10_000_100_000, '壹亿零壹仟元整'],
    [20_010_000_00, '贰仟零壹万元整'],
  ];
  for (const [fen, text] of table) assert.equal(rmbInWords(fen), text, String(fen));
});

test('deposits in capital numerals', () => {
  const cases: [number, string][] = [
    [0, '零元整'],
    [100, '壹元整'],
    [5, '伍分'],
    [50, '伍角整'],
    [1000000, '壹万元整'],
    [2000000, '贰万元整'],
    [1234560, '壹万贰仟叁佰肆拾伍元陆角整'],
    [1000050, '壹万元伍角整'],
    [100001, '壹仟元零壹分'],
    [10050000, '壹拾万零伍佰元整'],
    [100000000, '壹佰万元整'],
    [300000, '叁仟元整'],
    [1010100, '壹万零壹佰零壹元整'],
    [12, '壹角贰分'],
  ];
  for (const [fen, words] of cases) assert.equal(rmbInWords(fen), words, String(fen));
  assert.throws(() => rmbInWords(-1));
  assert.throws(() => rmbInWords(1.5));
});
