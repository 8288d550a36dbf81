import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callbackReopens, ratingAlerts } from './callbacks.rules.ts';

test('a callback reopens the case when the customer is dissatisfied or rates courtesy or attitude 2 or lower', () => {
  const rows: [boolean, number, number, boolean][] = [
    // [satisfied, courtesy, attitude, reopens]
    [true, 5, 5, false],
    [true, 3, 3, false],
    [false, 5, 5, true],
    [true, 2, 5, true],
    [true, 5, 2, true],
    [true, 1, 1, true],
  ];
  for (const [satisfied, courtesyRating, attitudeRating, want] of rows) {
    assert.equal(callbackReopens({ satisfied, courtesyRating, attitudeRating }), want, `${satisfied} ${courtesyRating} ${attitudeRating}`);
  }
});

test("a tenant's rating alerts the supervisor when dissatisfied or rated 2 or lower", () => {
  const rows: [boolean, number, boolean][] = [
    [true, 5, false],
    [true, 3, false],
    [true, 2, true],
    [false, 5, true],
    [false, 1, true],
  ];
  for (const [satisfied, rating, want] of rows) assert.equal(ratingAlerts({ satisfied, rating }), want, `${satisfied} ${rating}`);
});
