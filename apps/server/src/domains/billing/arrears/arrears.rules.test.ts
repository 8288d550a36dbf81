import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agingBucket, daysPastDue } from './arrears.rules.ts';

test('aging buckets: 0-30 (and not yet due), 31-60, 61-90, 90+', () => {
  const table: [string, string, number, string][] = [
    ['2026-12-15', '2026-12-01', -14, 'd0_30'],
    ['2026-12-15', '2026-12-15', 0, 'd0_30'],
    ['2026-11-15', '2026-12-15', 30, 'd0_30'],
    ['2026-11-14', '2026-12-15', 31, 'd31_60'],
    ['2026-10-16', '2026-12-15', 60, 'd31_60'],
    ['2026-10-15', '2026-12-15', 61, 'd61_90'],
    ['2026-09-16', '2026-12-15', 90, 'd61_90'],
    ['2026-09-15', '2026-12-15', 91, 'd90_plus'],
    ['2026-03-01', '2026-04-01', 31, 'd31_60'],
  ];
  for (const [due, today, days, bucket] of table) {
    assert.equal(daysPastDue(due, today), days, `${due} → ${today}`);
    assert.equal(agingBucket(days), bucket, `${days} days`);
  }
});
