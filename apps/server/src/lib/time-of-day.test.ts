import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minutesOf } from './time-of-day.ts';

test('HH:mm to minutes since midnight', () => {
  const cases: [string, number][] = [
    ['00:00', 0],
    ['08:30', 510],
    ['12:00', 720],
    ['23:59', 1439],
  ];
  for (const [hhmm, minutes] of cases) assert.equal(minutesOf(hhmm), minutes, hhmm);
});
