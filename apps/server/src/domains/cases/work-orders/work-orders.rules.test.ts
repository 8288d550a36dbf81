import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WorkOrderStatus } from '@hy/contracts';
import { woFrom } from './work-orders.rules.ts';

test('work-order states: from which states each step may start', () => {
  const rows: [WorkOrderStatus, WorkOrderStatus[]][] = [
    ['accepted', ['issued']],
    ['on_site', ['accepted']],
    ['completed', ['accepted', 'on_site']],
    ['signed', ['completed']],
    ['returned', ['signed']],
    ['voided', ['issued', 'accepted', 'on_site', 'completed']],
    ['issued', []],
  ];
  for (const [to, from] of rows) assert.deepEqual(woFrom(to), from, to);
});
