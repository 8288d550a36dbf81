import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countDue, coversOf, dayWithin, headcount, signProblem, stateOf } from './catering.rules.ts';

const f = {
  perDay: { '2026-06-04': 120 },
  perMeal: { '2026-06-04:lunch': { people: 98, dietary: { none: 90, vegetarian: 5, halal: 3 } } },
};
const T = (s: string) => new Date(s);

test('headcount: a meal reads its registrations and dietary counts, a tea break the day’s attendance', () => {
  const cases: [string, Parameters<typeof headcount>[2], ReturnType<typeof headcount>][] = [
    ['2026-06-04', 'lunch', { registered: 98, dietary: { vegetarian: 5, halal: 3 } }],
    ['2026-06-04', 'tea', { registered: 120, dietary: {} }],
    ['2026-06-04', 'dinner', { registered: 0, dietary: {} }],
    ['2026-06-05', 'tea', { registered: 0, dietary: {} }],
  ];
  for (const [day, kind, want] of cases) assert.deepEqual(headcount(f, day, kind), want, `${day} ${kind}`);
});

test('state, covers, due, sign problems, days', () => {
  const meal = T('2026-06-04T04:00:00Z');
  const rows: [string, unknown, unknown][] = [
    ['planned', stateOf({ signedAt: null, orderedAt: null }), 'planned'],
    ['ordered', stateOf({ signedAt: null, orderedAt: meal }), 'ordered'],
    ['served', stateOf({ signedAt: meal, orderedAt: null }), 'served'],
    ['covers: actual first', coversOf({ actualCount: 90, orderedCount: 98 }, 100), 90],
    ['covers: ordered next', coversOf({ actualCount: null, orderedCount: 98 }, 100), 98],
    ['covers: planned last', coversOf({ actualCount: null, orderedCount: null }, 100), 100],
    ['due 24 h before', countDue(meal, 24, T('2026-06-03T04:00:00Z')), true],
    ['not due 25 h before', countDue(meal, 24, T('2026-06-03T03:00:00Z')), false],
    ['sign before the meal', signProblem({ signedAt: null, startsAt: meal }, T('2026-06-04T03:59:00Z')), 'meal_count_before_meal'],
    ['sign at the meal', signProblem({ signedAt: null, startsAt: meal }, meal), null],
    ['sign twice', signProblem({ signedAt: meal, startsAt: meal }, T('2026-06-04T06:00:00Z')), 'meal_already_signed'],
    ['day inside', dayWithin('2026-06-05', '2026-06-04', '2026-06-05'), true],
    ['day outside', dayWithin('2026-06-06', '2026-06-04', '2026-06-05'), false],
  ];
  for (const [name, got, want] of rows) assert.deepEqual(got, want, name);
});
