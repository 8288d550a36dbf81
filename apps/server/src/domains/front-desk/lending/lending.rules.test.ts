import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dueTime, dueValid, isOverdue, returnEffect, returnNeedsNote, totalAllowed } from './lending.rules.ts';

const at = (iso: string) => new Date(iso);

test('due time: the one asked for, else the loan period; it must come after the loan', () => {
  const lent = at('2026-12-07T09:00:00+08:00');
  assert.equal(dueTime(lent, 4).toISOString(), at('2026-12-07T13:00:00+08:00').toISOString());
  assert.equal(dueTime(lent, 4, at('2026-12-07T18:00:00+08:00')).toISOString(), at('2026-12-07T18:00:00+08:00').toISOString());
  assert.equal(dueValid(lent, at('2026-12-07T09:00:00+08:00')), false);
  assert.equal(dueValid(lent, at('2026-12-07T09:01:00+08:00')), true);
});

test('overdue: not returned and past due', () => {
  const now = at('2026-12-07T12:00:00Z');
  for (const [l, expect] of [
    [{ returnedAt: null, dueAt: at('2026-12-07T11:59:00Z') }, true],
    [{ returnedAt: null, dueAt: at('2026-12-07T12:00:00Z') }, false],
    [{ returnedAt: at('2026-12-07T11:00:00Z'), dueAt: at('2026-12-07T10:00:00Z') }, false],
  ] as const)
    assert.equal(isOverdue(l, now), expect);
});

test('a return puts fine items back and writes damaged or lost ones off (with a note)', () => {
  assert.deepEqual(returnEffect('ok', 2), { available: 2, total: 0 });
  assert.deepEqual(returnEffect('damaged', 1), { available: 0, total: -1 });
  assert.deepEqual(returnEffect('lost', 3), { available: 0, total: -3 });
  assert.equal(returnNeedsNote('ok', null), false);
  assert.equal(returnNeedsNote('damaged', '  '), true);
  assert.equal(returnNeedsNote('lost', '遗失在地铁站'), false);
});

test('the total cannot fall below what is lent out', () => {
  assert.equal(totalAllowed({ total: 10, available: 7 }, 3), true);
  assert.equal(totalAllowed({ total: 10, available: 7 }, 2), false);
  assert.equal(totalAllowed({ total: 10, available: 10 }, 0), true);
});
