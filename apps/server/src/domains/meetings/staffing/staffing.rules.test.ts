import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinOverrides } from '../../calendar/index.ts';
import type { WorkCalendar } from '../../calendar/index.ts';
import { assignmentWarnings, isOvertime, rosterShifts } from './staffing.rules.ts';

const CAL: WorkCalendar = { timeZone: 'Asia/Shanghai', workStart: '08:30', workEnd: '17:30', overrides: builtinOverrides() };
const d = (s: string) => new Date(`2026-06-${s}:00+08:00`);

test("roster: one shift per working day at the role's hours (weekends and holidays skipped)", () => {
  const table: [string, string, string[]][] = [
    ['2026-06-01', '2026-06-07', ['2026-06-01', '2026-06-02', '2026-06-03', '2026-06-04', '2026-06-05']],
    ['2026-06-18', '2026-06-22', ['2026-06-18', '2026-06-22']], // Dragon Boat holiday 19–21 June
    ['2026-06-06', '2026-06-07', []],
  ];
  for (const [from, to, days] of table) {
    const shifts = rosterShifts(CAL, { from: '08:00', to: '18:00' }, from, to);
    assert.deepEqual(
      shifts.map((s) => s.date),
      days,
      `${from}..${to}`,
    );
    for (const s of shifts)
      assert.deepEqual(
        [s.startsAt.toISOString(), s.endsAt.toISOString()],
        [new Date(`${s.date}T08:00:00+08:00`).toISOString(), new Date(`${s.date}T18:00:00+08:00`).toISOString()],
      );
  }
});

test('overtime: a shift starting on a rest day or public holiday', () => {
  const table: [string, boolean][] = [
    ['05T08:00', false],
    ['06T08:00', true],
    ['07T23:00', true],
    ['19T08:00', true],
    ['22T08:00', false],
  ];
  for (const [at, want] of table) assert.equal(isOvertime(CAL, d(at)), want, at);
});

test('assignment warnings: another meeting overlapping, no shift covering the due time, only overtime covering it', () => {
  const work = { start: d('04T13:00'), end: d('04T17:00') };
  const day = { start: d('04T08:00'), end: d('04T18:00'), overtime: false };
  const extra = { start: d('04T08:00'), end: d('04T18:00'), overtime: true };
  const table: [string, Date, (typeof day)[], { start: Date; end: Date }[], string[]][] = [
    ['in shift, free', d('04T13:00'), [day], [], []],
    ['another meeting overlaps', d('04T13:00'), [day], [{ start: d('04T16:00'), end: d('04T18:00') }], ['double_assignment']],
    ['back-to-back is no overlap', d('04T13:00'), [day], [{ start: d('04T17:00'), end: d('04T18:00') }], []],
    ['no shift at the due time', d('04T19:00'), [day], [], ['outside_shift']],
    ['the shift ends at the due time', d('04T18:00'), [day], [], ['outside_shift']],
    ['only an overtime shift', d('04T13:00'), [extra], [], ['overtime']],
    ['a regular shift besides the overtime one', d('04T13:00'), [extra, day], [], []],
    ['both problems', d('04T07:00'), [day], [{ start: d('04T12:00'), end: d('04T14:00') }], ['double_assignment', 'outside_shift']],
  ];
  for (const [name, dueAt, shifts, others, want] of table) assert.deepEqual(assignmentWarnings(dueAt, work, shifts, others), want, name);
});
