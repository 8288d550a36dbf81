import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dunningSchedule, reachedStep } from './dunning.rules.ts';

test('each dunning step falls due its days after the due day', () => {
  const table: [string, [number, number, number, number], string[]][] = [
    ['2026-12-15', [1, 10, 20, 30], ['2026-12-16', '2026-12-25', '2027-01-04', '2027-01-14']],
    ['2026-02-15', [0, 14, 28, 60], ['2026-02-15', '2026-03-01', '2026-03-15', '2026-04-16']],
  ];
  for (const [due, [reminderDays, noticeDays, visitDays, escalateDays], days] of table)
    assert.deepEqual(
      dunningSchedule(due, { reminderDays, noticeDays, visitDays, escalateDays }),
      ['reminder', 'notice', 'visit', 'escalation'].map((step, i) => ({ step, dueOn: days[i] })),
    );
});

test('the step reached is the furthest fired', () => {
  assert.equal(reachedStep([]), null);
  assert.equal(reachedStep([{ step: 'reminder', firedAt: null }]), null);
  assert.equal(
    reachedStep([
      { step: 'visit', firedAt: new Date() },
      { step: 'reminder', firedAt: new Date() },
      { step: 'escalation', firedAt: null },
    ]),
    'visit',
  );
});
