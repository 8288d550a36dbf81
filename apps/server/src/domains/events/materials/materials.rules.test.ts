import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MaterialStatus } from '@hy/contracts';
import { costLinesOf, quantityOf, statusStepAllowed, type CostSource } from './materials.rules.ts';

const f = { people: 130, guests: 100, speakers: 8, vip: 6, staff: 16, sessions: 4 };

test('quantities: fixed, or each of the basis × per unit plus spares', () => {
  const cases: [Parameters<typeof quantityOf>[0], number][] = [
    [{ basis: 'fixed', fixedQty: 24, perUnit: 1, spare: 5 }, 24],
    [{ basis: 'people', fixedQty: 0, perUnit: 1, spare: 10 }, 140],
    [{ basis: 'vip', fixedQty: 99, perUnit: 1, spare: 0 }, 6],
    [{ basis: 'speakers', fixedQty: 0, perUnit: 2, spare: 1 }, 17],
    [{ basis: 'sessions', fixedQty: 0, perUnit: 3, spare: 0 }, 12],
    [{ basis: 'staff', fixedQty: 0, perUnit: 1, spare: 0 }, 16],
    [{ basis: 'guests', fixedQty: 0, perUnit: 1, spare: 0 }, 100],
  ];
  for (const [l, q] of cases) assert.equal(quantityOf(l, f), q, JSON.stringify(l));
});

test('status steps: forward any steps, back one; returned only when nothing is out', () => {
  const cases: [MaterialStatus, MaterialStatus, number, boolean][] = [
    ['needed', 'ready', 0, true],
    ['needed', 'placed', 0, true],
    ['ready', 'placed', 5, true],
    ['placed', 'returned', 0, true],
    ['placed', 'returned', 2, false],
    ['placed', 'ready', 0, true],
    ['placed', 'needed', 0, false],
    ['returned', 'placed', 0, true],
    ['ready', 'ready', 3, true],
  ];
  for (const [from, to, out, ok] of cases) assert.equal(statusStepAllowed(from, to, out), ok, `${from}→${to} (${out} out)`);
});

test('costs: purchases at quantity × price by category; warehouse losses at the loss price; nothing else', () => {
  const base = { unit: '个', lost: 0, lossFen: null, unitFen: null } as const;
  const lines: CostSource[] = [
    { ...base, id: 'a', category: 'signage', name: '背景板', source: 'purchase', quantity: 1, unitFen: 380_000 },
    { ...base, id: 'b', category: 'printed', name: '会议手册', source: 'purchase', quantity: 130, unitFen: 1800, unit: '本' },
    { ...base, id: 'c', category: 'gift', name: '书签套装', source: 'purchase', quantity: 6, unitFen: 12_800, unit: '套' },
    { ...base, id: 'd', category: 'storage', name: 'U盘 8G', source: 'warehouse', quantity: 30, lost: 1, lossFen: 4500 },
    { ...base, id: 'e', category: 'storage', name: 'U盘 16G', source: 'warehouse', quantity: 10 },
    { ...base, id: 'f', category: 'badge', name: '主办方桌牌', source: 'organizer', quantity: 24, unitFen: 500 },
    { ...base, id: 'g', category: 'stationery', name: '签字笔', source: 'purchase', quantity: 0, unitFen: 300 },
  ];
  assert.deepEqual(
    costLinesOf(lines).map((c) => [c.category, c.name, c.qty, c.amountFen, c.source]),
    [
      ['materials', '背景板', 1, 380_000, 'material:a'],
      ['printing', '会议手册', 130, 234_000, 'material:b'],
      ['gifts', '书签套装', 6, 76_800, 'material:c'],
      ['materials', 'U盘 8G（损耗）', 1, 4500, 'material:d'],
    ],
  );
});
