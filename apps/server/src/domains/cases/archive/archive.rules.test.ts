import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CaseRetention } from '@hy/contracts';
import { archiveCutoffs, retentionOf } from './archive.rules.ts';

test('retention: the property setting over the defaults (repairs 1 year, complaints forever)', () => {
  const rows: [unknown, CaseRetention][] = [
    [{}, { repairYears: 1, complaintYears: null }],
    [null, { repairYears: 1, complaintYears: null }],
    [{ caseRetention: { repairYears: 3, complaintYears: 10 } }, { repairYears: 3, complaintYears: 10 }],
    [{ caseRetention: { repairYears: 2 } }, { repairYears: 2, complaintYears: null }],
    [{ caseRetention: { repairYears: 'x', complaintYears: null } }, { repairYears: 1, complaintYears: null }],
  ];
  for (const [settings, want] of rows) assert.deepEqual(retentionOf(settings), want, JSON.stringify(settings));
});

test('archive cut-offs: closed before now minus the retention; null = never', () => {
  const now = new Date('2026-10-09T00:00:00Z');
  const rows: [CaseRetention, string | null, string | null][] = [
    [{ repairYears: 1, complaintYears: null }, '2025-10-09T00:00:00.000Z', null],
    [{ repairYears: 3, complaintYears: 10 }, '2023-10-09T00:00:00.000Z', '2016-10-09T00:00:00.000Z'],
  ];
  for (const [r, repair, complaint] of rows) {
    const cut = archiveCutoffs(r, now);
    assert.equal(cut.repair?.toISOString() ?? null, repair, JSON.stringify(r));
    assert.equal(cut.complaint?.toISOString() ?? null, complaint, JSON.stringify(r));
  }
});
