import { test } from 'node:test';
import assert from 'node:assert/strict';
import { departmentFor, isOverdue, nextStatus, thermosRound, windowValid } from './executive-floor.rules.ts';

test('a request goes to the department that does it, unless the desk chose one', () => {
  assert.equal(departmentFor('hot_water'), 'meeting_staff');
  assert.equal(departmentFor('cleaning'), 'cleaning');
  assert.equal(departmentFor('repair'), 'engineering_av');
  assert.equal(departmentFor('visitor'), 'front_desk');
  assert.equal(departmentFor('other', 'security'), 'security');
});

test('steps: accept an open one, complete or cancel while not finished', () => {
  const cases = [
    ['open', 'accept', 'accepted'],
    ['accepted', 'accept', null],
    ['open', 'complete', 'done'],
    ['accepted', 'complete', 'done'],
    ['done', 'complete', null],
    ['accepted', 'cancel', 'cancelled'],
    ['cancelled', 'cancel', null],
    ['done', 'cancel', null],
  ] as const;
  for (const [from, action, to] of cases) assert.equal(nextStatus(from, action), to, `${from} ${action}`);
});

test('windows and lateness', () => {
  const a = new Date('2026-12-07T02:00:00Z');
  const b = new Date('2026-12-07T03:00:00Z');
  assert.equal(windowValid(a, b), true);
  assert.equal(windowValid(b, a), false);
  assert.equal(windowValid(null, a), true);
  assert.equal(isOverdue({ status: 'open', dueAt: a }, b), true);
  assert.equal(isOverdue({ status: 'done', dueAt: a }, b), false);
  assert.equal(isOverdue({ status: 'accepted', dueAt: b }, a), false);
});

test('the thermos round: from 07:00 local, due 08:30 local', () => {
  const early = thermosRound(new Date('2026-12-06T22:30:00Z'), 'Asia/Shanghai'); // 06:30 on the 7th
  assert.equal(early.day, '2026-12-07');
  assert.equal(early.due, false);
  const seven = thermosRound(new Date('2026-12-06T23:05:00Z'), 'Asia/Shanghai');
  assert.equal(seven.due, true);
  assert.equal(seven.dueAt.toISOString(), '2026-12-07T00:30:00.000Z');
});
