import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distinctUnits, usualAttendance, usualLayout } from './quick-book.rules.ts';

test('units come once each, newest first, by organization or else by name, at most five', () => {
  const rows = [
    { organizationId: 'a', organizerUnit: '市财政局', n: 1 },
    { organizationId: null, organizerUnit: '市档案馆 ', n: 2 },
    { organizationId: 'a', organizerUnit: '市财政局', n: 3 },
    { organizationId: null, organizerUnit: '市档案馆', n: 4 },
    { organizationId: 'b', organizerUnit: '市统计局', n: 5 },
  ];
  assert.deepEqual(
    distinctUnits(rows).map((r) => r.n),
    [1, 2, 5],
  );
  const many = Array.from({ length: 9 }, (_, i) => ({ organizationId: `o${i}`, organizerUnit: `单位${i}` }));
  assert.equal(distinctUnits(many).length, 5);
  assert.equal(distinctUnits(many, 2).length, 2);
});

test("a room's usual attendance is the median of its meetings (rounded up); nothing without meetings", () => {
  assert.equal(usualAttendance([]), null);
  assert.equal(usualAttendance([null, 0]), null);
  assert.equal(usualAttendance([12]), 12);
  assert.equal(usualAttendance([30, 8, 12]), 12);
  assert.equal(usualAttendance([8, 12, 13, 40]), 13);
});

test('the usual layout is the most used; a tie goes to the most recent', () => {
  assert.equal(usualLayout([]), null);
  assert.equal(usualLayout([null, 'theatre', 'discussion', 'discussion']), 'discussion');
  assert.equal(usualLayout(['classroom', 'discussion', 'discussion', 'classroom']), 'classroom');
});
