import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CaseStatus } from '@hy/contracts';
import { canTransition, isActive, isPinned } from './case.rules.ts';

test('state machine: which status a case may move to', () => {
  const rows: [CaseStatus, CaseStatus, boolean][] = [
    ['open', 'dispatched', true],
    ['open', 'closed', true],
    ['open', 'reopened', false],
    ['dispatched', 'in_progress', true],
    ['in_progress', 'waiting_customer', true],
    ['waiting_customer', 'in_progress', true],
    ['waiting_customer', 'closed', false],
    ['resolved', 'reopened', true],
    ['closed', 'reopened', true],
    ['closed', 'open', false],
    ['closed', 'in_progress', false],
    ['reopened', 'dispatched', true],
  ];
  for (const [from, to, ok] of rows) assert.equal(canTransition(from, to), ok, `${from} → ${to}`);
  const active: [CaseStatus, boolean][] = [
    ['open', true],
    ['reopened', true],
    ['dispatched', true],
    ['in_progress', true],
    ['waiting_customer', true],
    ['resolved', false],
    ['closed', false],
  ];
  for (const [status, want] of active) assert.equal(isActive(status), want, status);
});

test('emergency pin: pinned until signed off, whatever the status', () => {
  const signed = new Date('2026-10-09T10:00:00Z');
  const rows: [boolean, Date | null, boolean][] = [
    // [emergency, signed off at, pinned]
    [true, null, true],
    [true, signed, false],
    [false, null, false],
    [false, signed, false],
  ];
  for (const [emergency, emergencySignedOffAt, pinned] of rows)
    assert.equal(isPinned({ emergency, emergencySignedOffAt }), pinned, `${emergency} ${emergencySignedOffAt}`);
});
