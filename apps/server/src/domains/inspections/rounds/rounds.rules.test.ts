import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseInspector, isLate, missedAt, onDuty, outcomeOf, unvisited, walkRefusal, type Candidate } from './rounds.rules.ts';

const person = (id: string, name: string, o: Partial<Candidate> = {}): Candidate => ({
  id,
  name,
  disabled: false,
  member: true,
  fixedHours: true,
  rostered: false,
  shiftThatDay: false,
  ...o,
});

test('on duty: disabled, no longer a member, roster shifts, working days of fixed hours', () => {
  const table: [Partial<Candidate>, boolean, boolean][] = [
    [{}, true, true],
    [{}, false, false], // fixed hours (Mon–Fri), a rest day
    [{ fixedHours: false }, false, true], // no set hours: any day
    [{ disabled: true }, true, false],
    [{ member: false }, true, false],
    [{ rostered: true, shiftThatDay: false }, true, false], // on leave: the roster has no shift that day
    [{ rostered: true, shiftThatDay: true }, false, true], // rostered on a Saturday (overtime)
  ];
  for (const [o, working, expected] of table) assert.equal(onDuty(person('a', 'A', o), working), expected, JSON.stringify(o));
});

test('roster reassignment: the assignee when on duty, else the least-loaded holder of the role', () => {
  const song = person('song', '宋文博');
  const ma = person('ma', '马红梅');
  const xu = person('xu', '许秀英');
  assert.deepEqual(chooseInspector(song, [song, ma], true, new Map()), { id: 'song', name: '宋文博', reassignedFrom: null });
  const off = { ...song, rostered: true, shiftThatDay: false };
  assert.deepEqual(chooseInspector(off, [off, ma, xu], true, new Map([['ma', 2]])), { id: 'xu', name: '许秀英', reassignedFrom: 'song' });
  assert.deepEqual(chooseInspector({ ...song, disabled: true }, [ma], true, new Map()), {
    id: 'ma',
    name: '马红梅',
    reassignedFrom: 'song',
  });
  // Role only: the fewest rounds that day, then by name.
  assert.equal(chooseInspector(null, [ma, xu], true, new Map([['ma', 1]]))!.id, 'xu');
  assert.equal(chooseInspector(null, [ma, xu], true, new Map())!.reassignedFrom, null);
  // Nobody on duty (a rest day for fixed hours): unassigned.
  assert.equal(chooseInspector(song, [ma], false, new Map()), null);
});

test('walk refusals, lateness and the missed rule', () => {
  assert.equal(walkRefusal({ state: 'scheduled', assigneeId: 'a' }, 'a'), null);
  assert.equal(walkRefusal({ state: 'scheduled', assigneeId: null }, 'a'), null);
  assert.equal(walkRefusal({ state: 'in_progress', assigneeId: 'b' }, 'a'), 'round_held_by_other');
  assert.equal(walkRefusal({ state: 'completed', assigneeId: 'a' }, 'a'), 'round_closed');
  assert.equal(walkRefusal({ state: 'missed', assigneeId: 'a' }, 'a'), 'round_closed');
  const end = new Date('2026-12-11T03:30:00Z');
  assert.equal(isLate(end, new Date('2026-12-11T03:30:00Z')), false);
  assert.equal(isLate(end, new Date('2026-12-11T03:30:01Z')), true);
  assert.equal(missedAt({ state: 'scheduled', windowEnd: end }, end), true);
  assert.equal(missedAt({ state: 'scheduled', windowEnd: end }, new Date(end.getTime() - 1)), false);
  assert.equal(missedAt({ state: 'in_progress', windowEnd: end }, new Date(end.getTime() + 1)), false);
  assert.deepEqual(unvisited(['a', 'b', 'c'], new Set(['b'])), ['a', 'c']);
});

test('checklist outcomes: pass/fail, numbers with limits, text, photos', () => {
  const pf = { kind: 'pass_fail' as const, minValue: null, maxValue: null, photoRequired: false };
  const num = { kind: 'number' as const, minValue: 18, maxValue: 26, photoRequired: false };
  const table: [Parameters<typeof outcomeOf>[0], Parameters<typeof outcomeOf>[1], ReturnType<typeof outcomeOf>][] = [
    [pf, { outcome: 'pass' }, { outcome: 'pass' }],
    [pf, { outcome: 'fail' }, { outcome: 'fail' }],
    [pf, {}, { missing: 'outcome' }],
    [pf, { outcome: 'na' }, { outcome: 'na' }],
    [num, { valueNumber: 22 }, { outcome: 'pass' }],
    [num, { valueNumber: 18 }, { outcome: 'pass' }],
    [num, { valueNumber: 27.5 }, { outcome: 'fail' }],
    [num, { valueNumber: 12 }, { outcome: 'fail' }],
    [num, { valueNumber: 22, outcome: 'fail' }, { outcome: 'fail' }],
    [num, {}, { missing: 'value' }],
    [{ ...num, minValue: null }, { valueNumber: -5 }, { outcome: 'pass' }],
    [{ ...pf, kind: 'text' }, { valueText: '  ' }, { missing: 'value' }],
    [{ ...pf, kind: 'text' }, { valueText: '正常' }, { outcome: 'pass' }],
    [{ ...pf, kind: 'photo' }, {}, { missing: 'photo' }],
    [{ ...pf, kind: 'photo' }, { photoFileIds: ['f'] }, { outcome: 'pass' }],
    [{ ...pf, photoRequired: true }, { outcome: 'fail' }, { missing: 'photo' }],
    [{ ...pf, photoRequired: true }, { outcome: 'fail', photoFileIds: ['f'] }, { outcome: 'fail' }],
  ];
  for (const [item, a, expected] of table) assert.deepEqual(outcomeOf(item, a), expected, JSON.stringify([item, a]));
});
