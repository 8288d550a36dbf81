import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineFen, priceLines, totalFen } from './charges.rules.ts';

const P = 'p1';
const list = [
  { id: 'a', propertyId: P, name: '人工费 维修', kind: 'labour' as const, unit: '次', priceFen: 5000, active: true },
  { id: 'b', propertyId: P, name: '更换水龙头', kind: 'material' as const, unit: '个', priceFen: 4500, active: true },
  { id: 'c', propertyId: P, name: '旧角阀', kind: 'material' as const, unit: '个', priceFen: 3000, active: false },
  { id: 'd', propertyId: 'p2', name: '别处', kind: 'material' as const, unit: '个', priceFen: 100, active: true },
];

test('line and total amounts in fen', () => {
  for (const [qty, price, want] of [
    [1, 5000, 5000],
    [2, 4500, 9000],
    [1.5, 2800, 4200],
    [0.333, 100, 33],
  ] as const)
    assert.equal(lineFen({ qty, unitPriceFen: price }), want);
  assert.equal(totalFen([]), 0);
  assert.equal(
    totalFen([
      { qty: 2, unitPriceFen: 4500 },
      { qty: 1, unitPriceFen: 5000 },
    ]),
    14000,
  );
});

test('price-list lines take the list price; free lines keep theirs; unknown ones are reported', () => {
  const cases: [Parameters<typeof priceLines>[0], number[], number][] = [
    [
      [
        { priceItemId: 'a', qty: 1 },
        { priceItemId: 'b', qty: 2, unitPriceFen: 1 },
      ],
      [],
      14000,
    ],
    [[{ name: '特殊配件', qty: 1, unitPriceFen: 1234, note: '业主自选' }], [], 1234],
    [[{ priceItemId: 'c', qty: 1 }], [0], 0],
    [
      [
        { priceItemId: 'a', qty: 1 },
        { priceItemId: 'd', qty: 1 },
      ],
      [1],
      5000,
    ],
    [[{ priceItemId: 'zz', qty: 1 }], [0], 0],
  ];
  for (const [input, unknown, amount] of cases) {
    const r = priceLines(input, list, P);
    assert.deepEqual(r.unknown, unknown);
    assert.equal(r.amountFen, amount);
  }
  assert.equal(priceLines([{ priceItemId: 'b', qty: 1 }], list, P).items[0]!.name, '更换水龙头');
});
