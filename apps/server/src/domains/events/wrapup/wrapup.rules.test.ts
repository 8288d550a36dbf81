import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attendanceRate, inspectionDay, openFindings, rate, surveyAverages, surveyOpen } from './wrapup.rules.ts';

const r = (a: number, b = a, c = a, d = a, e = a) => ({ organization: a, venue: b, lodging: c, transport: d, catering: e });

test('inspection day: days before the first day, across months', () => {
  for (const [startsOn, n, want] of [
    ['2026-06-04', 1, '2026-06-03'],
    ['2026-06-01', 2, '2026-05-30'],
    ['2026-06-04', 0, '2026-06-04'],
  ] as const)
    assert.equal(inspectionDay(startsOn, n), want);
});

test('open findings: only not ok and not fixed', () => {
  const cases: [{ ok: boolean | null; fixedAt: string | null }[], number][] = [
    [[], 0],
    [[{ ok: true, fixedAt: null }], 0],
    [[{ ok: null, fixedAt: null }], 0],
    [[{ ok: false, fixedAt: null }], 1],
    [
      [
        { ok: false, fixedAt: '2026-06-03T10:00:00Z' },
        { ok: false, fixedAt: null },
      ],
      1,
    ],
  ];
  for (const [items, want] of cases) assert.equal(openFindings(items), want);
});

test('rates: response and attendance', () => {
  for (const [p, w, want] of [
    [0, 0, 0],
    [3, 5, 0.6],
    [2, 3, 0.667],
    [5, 5, 1],
  ] as const)
    assert.equal(rate(p, w), want);
  assert.equal(attendanceRate(0, 0), null);
  assert.equal(attendanceRate(90, 100), 0.9);
});

test('survey averages per item and overall', () => {
  const cases: [ReturnType<typeof r>[], Record<string, number | null>, number | null][] = [
    [[], { organization: null, venue: null, lodging: null, transport: null, catering: null }, null],
    [[r(5), r(4)], { organization: 4.5, venue: 4.5, lodging: 4.5, transport: 4.5, catering: 4.5 }, 4.5],
    [
      [r(5, 5, 4, 3, 5), r(4, 5, 4, 4, 5), r(5, 4, 5, 4, 4)],
      { organization: 4.7, venue: 4.7, lodging: 4.3, transport: 3.7, catering: 4.7 },
      4.4,
    ],
  ];
  for (const [answers, averages, overall] of cases) assert.deepEqual(surveyAverages(answers), { averages, overall });
});

test('survey opens at the first day in the property zone', () => {
  const tz = 'Asia/Shanghai';
  for (const [now, want] of [
    ['2026-06-03T15:59:00Z', false],
    ['2026-06-03T16:00:00Z', true],
    ['2026-06-20T00:00:00Z', true],
  ] as const)
    assert.equal(surveyOpen(new Date(now), '2026-06-04', tz), want);
});
