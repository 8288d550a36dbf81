import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apply, missing, onHand, overCounted, totalOf, type Balance, type Move } from './linen.rules.ts';

const zero: Balance = { inStore: 0, inRooms: 0, dirty: 0, atLaundry: 0, lost: 0 };

test('linen balance: each move keeps every piece somewhere, losses counted; too few refused', () => {
  const steps: [Move, Partial<Balance> | null][] = [
    [{ kind: 'receive', n: 20 }, { inStore: 20 }],
    [
      { kind: 'to_room', n: 4 },
      { inStore: 16, inRooms: 4 },
    ],
    [{ kind: 'to_room', n: 17 }, null],
    [
      { kind: 'from_room', out: 4, back: 3 },
      { inStore: 16, inRooms: 0, dirty: 3, lost: 1 },
    ],
    [{ kind: 'from_room', out: 1, back: 2 }, null],
    [
      { kind: 'to_laundry', n: 3 },
      { dirty: 0, atLaundry: 3 },
    ],
    [{ kind: 'to_laundry', n: 1 }, null],
    [
      { kind: 'from_laundry', sent: 3, back: 2 },
      { atLaundry: 0, inStore: 18, lost: 2 },
    ],
  ];
  let b = zero;
  for (const [m, want] of steps) {
    const next = apply(b, m);
    if (want === null) {
      assert.equal(next, null, JSON.stringify(m));
      continue;
    }
    assert.ok(next, JSON.stringify(m));
    for (const [k, v] of Object.entries(want)) assert.equal(next[k as keyof Balance], v, `${m.kind} ${k}`);
    assert.equal(onHand(next) + next.lost, 20);
    b = next;
  }
});

test('counts back: missing pieces per item and over-counting', () => {
  assert.deepEqual(missing({ sheet: 2, pillowcase: 2, glass: 2 }, { sheet: 2, pillowcase: 1 }), { pillowcase: 1, glass: 2 });
  assert.equal(totalOf(missing({ sheet: 2 }, { sheet: 2 })), 0);
  assert.equal(overCounted({ sheet: 2 }, { sheet: 3 }), true);
  assert.equal(overCounted({ sheet: 2 }, { bath_towel: 1 }), true);
  assert.equal(overCounted({ sheet: 2, glass: 2 }, { sheet: 2 }), false);
});
