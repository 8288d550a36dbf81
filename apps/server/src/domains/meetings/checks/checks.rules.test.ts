import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDueTimes, escalation, type CheckOutcome } from './checks.rules.ts';

test('M5 escalation: a problem or a missed level goes to the next level (after level 3 the managers); a problem also to the service center; a missed last level is critical', () => {
  const table: [number, CheckOutcome, string[], 'warning' | 'critical'][] = [
    [1, 'problem', ['lobby_manager', 'cs_supervisor', 'dispatcher', 'cs_assistant'], 'warning'],
    [2, 'problem', ['dispatcher', 'cs_assistant'], 'warning'],
    [3, 'problem', ['cs_supervisor', 'project_manager', 'dispatcher', 'cs_assistant'], 'warning'],
    [1, 'missed', ['lobby_manager', 'cs_supervisor'], 'warning'],
    [2, 'missed', ['dispatcher', 'cs_assistant'], 'warning'],
    [3, 'missed', ['cs_supervisor', 'project_manager'], 'critical'],
  ];
  for (const [level, outcome, roles, severity] of table) {
    assert.deepEqual(escalation(level, outcome), { roles, severity }, `level ${level} ${outcome}`);
  }
});

test("M5 check due times: 120, 60 and 30 minutes before the start, or the property's offsets per level", () => {
  const start = new Date('2026-06-04T06:00:00Z');
  const table: [number[], string[]][] = [
    [
      [120, 60, 30],
      ['2026-06-04T04:00:00.000Z', '2026-06-04T05:00:00.000Z', '2026-06-04T05:30:00.000Z'],
    ],
    [
      [180, 90, 30],
      ['2026-06-04T03:00:00.000Z', '2026-06-04T04:30:00.000Z', '2026-06-04T05:30:00.000Z'],
    ],
    [
      [1440, 240, 15],
      ['2026-06-03T06:00:00.000Z', '2026-06-04T02:00:00.000Z', '2026-06-04T05:45:00.000Z'],
    ],
  ];
  for (const [offsets, due] of table) {
    assert.deepEqual(
      checkDueTimes(start, offsets).map((c) => [c.level, c.dueAt.toISOString()]),
      due.map((d, i) => [i + 1, d]),
      `offsets ${offsets.join(',')}`,
    );
  }
});
