import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countByStatus, foundOutOfOrder, isDiscrepancy, statusChangeRefusal } from './rooms.rules.ts';

test('manual status changes: occupied only by check-out, no-op refused, out of order needs a reason', () => {
  const cases: [Parameters<typeof statusChangeRefusal>, string | null][] = [
    [['vacant_dirty', 'vacant_clean', null], null],
    [['vacant_clean', 'vacant_dirty', null], null],
    [['vacant_clean', 'out_of_order', '空调不制冷'], null],
    [['out_of_order', 'vacant_dirty', null], null],
    [['occupied', 'vacant_dirty', null], 'room_occupied'],
    [['occupied', 'out_of_order', '漏水'], 'room_occupied'],
    [['vacant_clean', 'vacant_clean', null], 'room_status_unchanged'],
    [['vacant_clean', 'out_of_order', '  '], 'room_reason_required'],
    [['vacant_dirty', 'out_of_order', undefined], 'room_reason_required'],
  ];
  for (const [args, want] of cases) assert.equal(statusChangeRefusal(...args), want, JSON.stringify(args));
});

test('check-sheet lines: discrepancies and rooms found out of order', () => {
  assert.equal(isDiscrepancy('vacant_clean', 'vacant_clean'), false);
  assert.equal(isDiscrepancy('vacant_clean', null), false);
  assert.equal(isDiscrepancy('vacant_clean', 'vacant_dirty'), true);
  assert.equal(foundOutOfOrder('vacant_clean', 'out_of_order'), true);
  assert.equal(foundOutOfOrder('out_of_order', 'out_of_order'), false);
  assert.equal(foundOutOfOrder('occupied', 'out_of_order'), false);
  assert.deepEqual(countByStatus([{ status: 'occupied' }, { status: 'occupied' }, { status: 'vacant_dirty' }]), {
    vacant_clean: 0,
    vacant_dirty: 1,
    occupied: 2,
    out_of_order: 0,
  });
});
