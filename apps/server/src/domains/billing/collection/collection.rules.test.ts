import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectionRates, snapshotDays } from './collection.rules.ts';

test('收费率 and 户收费率 with one decimal; nothing charged → null', () => {
  const table: [number, number, number, number, number | null, number | null][] = [
    [150_000, 100_000, 2, 1, 66.7, 50],
    [150_000, 150_000, 2, 2, 100, 100],
    [100, 0, 1, 0, 0, 0],
    [0, 0, 0, 0, null, null],
    [300_000, 299_999, 3, 2, 100, 66.7],
    [1_000, 1, 7, 1, 0.1, 14.3],
  ];
  for (const [receivableFen, receivedFen, householdsCharged, householdsPaid, rate, hh] of table)
    assert.deepEqual(collectionRates({ receivableFen, receivedFen, householdsCharged, householdsPaid }), {
      ratePercent: rate,
      householdRatePercent: hh,
    });
});

test('snapshot days run from the notice day to today, bounded', () => {
  assert.deepEqual(snapshotDays('2026-12-05', '2026-12-07'), ['2026-12-05', '2026-12-06', '2026-12-07']);
  assert.deepEqual(snapshotDays('2026-12-08', '2026-12-07'), []);
  assert.equal(snapshotDays('2020-01-01', '2026-12-07', 30).length, 30);
});
