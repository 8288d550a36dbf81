import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closesOn, maskId, registrationOpen, registrationProblem, reminderDue, type RegistrationCheck } from './guests.rules.ts';

test('maskId keeps the first four and the last four', () => {
  const cases: [string | null, string | null][] = [
    ['440301199001011234', '4403**********1234'],
    ['12345678', '******78'],
    [null, null],
  ];
  for (const [i, o] of cases) assert.equal(maskId(i), o);
});

test('registration closes closeDays before the first day', () => {
  const cases: [string, string, number, boolean][] = [
    ['2026-06-01', '2026-06-04', 3, true],
    ['2026-06-02', '2026-06-04', 3, false],
    ['2026-06-04', '2026-06-04', 0, true],
  ];
  for (const [today, starts, days, open] of cases) assert.equal(registrationOpen(today, starts, days), open, `${today} ${days}`);
  assert.equal(closesOn('2026-06-04', 3), '2026-06-01');
});

test('registration problems, table-driven', () => {
  const base: RegistrationCheck = {
    days: ['2026-06-04', '2026-06-05'],
    attendDays: ['2026-06-04'],
    meals: ['2026-06-04:lunch'],
    sessionIds: ['s1'],
    choosable: [
      { id: 's1', kind: 'plenary' },
      { id: 'm1', kind: 'meal' },
    ],
    arrivalAt: '2026-06-03T14:00:00+08:00',
    departureAt: '2026-06-05T17:00:00+08:00',
    arrivalMode: 'train',
    departureMode: 'train',
  };
  const cases: [Partial<RegistrationCheck>, string | null][] = [
    [{}, null],
    [{ departureAt: '2026-06-03T10:00:00+08:00' }, 'guest_departure_before_arrival'],
    [{ meals: ['2026-06-06:lunch'] }, 'guest_meal_outside_event'],
    [{ attendDays: ['2026-06-03'] }, 'guest_day_outside_event'],
    [{ sessionIds: ['m1'] }, 'guest_session_unknown'],
    [{ sessionIds: ['zz'] }, 'guest_session_unknown'],
    [{ arrivalMode: null }, 'guest_travel_incomplete'],
    [{ arrivalAt: null, departureAt: null, arrivalMode: null, departureMode: null }, null],
  ];
  for (const [over, code] of cases) assert.equal(registrationProblem({ ...base, ...over })?.[0] ?? null, code, JSON.stringify(over));
});

test('a reminder is due once per round while registration is open', () => {
  const cases: [string, number, string, number, boolean, boolean][] = [
    ['2026-05-20', 0, '2026-05-24', 5, true, false],
    ['2026-05-20', 0, '2026-05-25', 5, true, true],
    ['2026-05-20', 1, '2026-05-26', 5, true, false],
    ['2026-05-20', 1, '2026-05-30', 5, true, true],
    ['2026-05-20', 0, '2026-05-30', 5, false, false],
  ];
  for (const [invitedOn, reminders, today, every, open, due] of cases)
    assert.equal(reminderDue({ invitedOn, reminders }, today, every, open), due, `${today} ${reminders}`);
});
