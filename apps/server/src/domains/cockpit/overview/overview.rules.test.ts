import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Role } from '@hy/contracts';
import { familiesOf, lastMonths, meets, shareOf, taskSlot, tile } from './overview.rules.ts';

test('families of the roles held, in the cockpit order; roles of no family make none', () => {
  const rows: [Role[], string[]][] = [
    [['dispatcher'], ['desk']],
    [
      ['cs_assistant', 'meeting_staff'],
      ['desk', 'department'],
    ],
    [['engineer'], ['engineer']],
    [['av_tech', 'cleaner'], ['department']],
    [
      ['general_manager', 'dispatcher'],
      ['desk', 'manager'],
    ],
    [['front_desk'], ['desk']],
    [['mail_clerk'], ['desk']],
    [['tenant'], ['outside']],
    [['organizer'], ['outside']],
    [['admin'], []],
    [[], []],
  ];
  for (const [roles, want] of rows) assert.deepEqual(familiesOf(roles), want, roles.join(','));
});

test('a tile warns only when there is something to count', () => {
  assert.equal(tile('desk', 'x', 0, '/cases', {}, 'danger').tone, 'default');
  assert.equal(tile('desk', 'x', 2, '/cases', {}, 'danger').tone, 'danger');
  assert.deepEqual(tile('desk', 'x', 2, '/cases', { sla: 'breached' }).query, { sla: 'breached' });
});

test('months of the trend, across a year', () => {
  assert.deepEqual(lastMonths('2026-02', 3), ['2025-12', '2026-01', '2026-02']);
  assert.deepEqual(lastMonths('2026-10', 1), ['2026-10']);
});

test('a figure against its target: the complaint rate must stay below, the others reach it; null without value or target', () => {
  const rows: [number | null, number | null, 'lower' | 'higher', boolean | null][] = [
    [4.9, 5, 'lower', true],
    [5, 5, 'lower', false],
    [100, 100, 'higher', true],
    [99.9, 100, 'higher', false],
    [null, 100, 'higher', null],
    [80, null, 'higher', null],
  ];
  for (const [v, t, b, want] of rows) assert.equal(meets(v, t, b), want, `${v} ${b} ${t}`);
});

test('share of true among the decided; null when none is decided', () => {
  assert.equal(shareOf([true, false, null, true]), 66.7);
  assert.equal(shareOf([null, null]), null);
  assert.equal(shareOf([]), null);
  assert.equal(shareOf([true]), 100);
});

test('a task is overdue, due now (within the next window) or next', () => {
  const now = new Date('2026-06-04T09:00:00+08:00');
  const h = 3_600_000;
  assert.equal(taskSlot(new Date(now.getTime() - 1), now, 2 * h), 'overdue');
  assert.equal(taskSlot(now, now, 2 * h), 'now');
  assert.equal(taskSlot(new Date(now.getTime() + 2 * h - 1), now, 2 * h), 'now');
  assert.equal(taskSlot(new Date(now.getTime() + 2 * h), now, 2 * h), 'next');
});
