import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultMain, sessionClashes, withinDays, type ClashItem } from './programme.rules.ts';

const at = (hhmm: string, day = '04') => new Date(`2026-06-${day}T${hhmm}:00+08:00`);
const s = (index: number, venueId: string | null, from: string, to: string, day = '04'): ClashItem => ({
  index,
  title: `s${index}`,
  venueId,
  start: at(from, day),
  end: at(to, day),
});

test('sessionClashes: the same venue overlapping clashes; buffers count; no venue never clashes', () => {
  const buffers = new Map([['hall', { setupMinutes: 60, cleanupMinutes: 30 }]]);
  const cases: [string, ClashItem[], Map<string, { setupMinutes: number; cleanupMinutes: number }>, [number, number][]][] = [
    ['overlap in one room', [s(0, 'a', '09:00', '11:00'), s(1, 'a', '10:00', '12:00')], new Map(), [[0, 1]]],
    ['back to back, no buffers', [s(0, 'a', '09:00', '10:00'), s(1, 'a', '10:00', '11:00')], new Map(), []],
    ['back to back, buffers', [s(0, 'hall', '09:00', '10:00'), s(1, 'hall', '10:00', '11:00')], buffers, [[0, 1]]],
    ['buffers leave room', [s(0, 'hall', '08:00', '09:00'), s(1, 'hall', '10:30', '11:00')], buffers, []],
    ['different rooms', [s(0, 'a', '09:00', '11:00'), s(1, 'b', '09:00', '11:00')], new Map(), []],
    ['no venue', [s(0, null, '09:00', '11:00'), s(1, null, '09:00', '11:00')], new Map(), []],
    ['other day', [s(0, 'a', '09:00', '11:00'), s(1, 'a', '09:00', '11:00', '05')], new Map(), []],
    [
      'three in one room',
      [s(0, 'a', '09:00', '12:00'), s(1, 'a', '10:00', '11:00'), s(2, 'a', '11:30', '13:00')],
      new Map(),
      [
        [0, 1],
        [0, 2],
      ],
    ],
  ];
  for (const [name, items, b, want] of cases)
    assert.deepEqual(
      sessionClashes(items, b).map((c) => [c.a, c.b]),
      want,
      name,
    );
});

test('withinDays and defaultMain', () => {
  assert.equal(withinDays('2026-06-04', '2026-06-05', '2026-06-04', '2026-06-05'), true);
  assert.equal(withinDays('2026-06-03', '2026-06-04', '2026-06-04', '2026-06-05'), false);
  assert.equal(withinDays('2026-06-05', '2026-06-06', '2026-06-04', '2026-06-05'), false);
  const rows = [
    { id: 'g', kind: 'group', venueId: 'r', startsAt: at('08:00') },
    { id: 'p2', kind: 'plenary', venueId: 'h', startsAt: at('14:00') },
    { id: 'p1', kind: 'plenary', venueId: null, startsAt: at('09:00') },
  ];
  assert.equal(defaultMain(rows)?.id, 'p2');
  assert.equal(defaultMain(rows.filter((r) => r.id !== 'p2'))?.id, 'p1');
  assert.equal(defaultMain([rows[0]!]), null);
});
