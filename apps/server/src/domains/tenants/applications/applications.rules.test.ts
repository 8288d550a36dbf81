import { test } from 'node:test';
import assert from 'node:assert/strict';
import { APPLICATION_ACTIONS, APPLICATION_STATES } from '@hy/contracts';
import { effectiveEnd, mayChecklist, mayNote, nextState } from './applications.rules.ts';

test('the state machine: every (state, verb) pair', () => {
  const allowed: Record<string, string> = {
    'submitted approve': 'approved',
    'submitted reject': 'rejected',
    'approved start': 'in_progress',
    'in_progress finish': 'awaiting_acceptance',
    'awaiting_acceptance accept': 'accepted',
    'awaiting_acceptance fail': 'failed',
  };
  for (const s of APPLICATION_STATES)
    for (const a of APPLICATION_ACTIONS) assert.equal(nextState(s, a), allowed[`${s} ${a}`] ?? null, `${s} ${a}`);
});

test('notes while approved or under way; the checklist only for move-in and move-out', () => {
  assert.deepEqual(
    APPLICATION_STATES.filter((s) => mayNote(s)),
    ['approved', 'in_progress', 'awaiting_acceptance'],
  );
  assert.equal(mayChecklist('fit_out', 'in_progress'), false);
  assert.equal(mayChecklist('move_in', 'in_progress'), true);
  assert.equal(mayChecklist('move_out', 'submitted'), false);
  assert.equal(mayChecklist('move_out', 'accepted'), false);
});

test('the end date after postponements is the latest one', () => {
  assert.equal(effectiveEnd('2026-12-10', []), '2026-12-10');
  assert.equal(effectiveEnd('2026-12-10', [{ newEndDate: '2026-12-20' }, { newEndDate: '2026-12-15' }]), '2026-12-20');
  assert.equal(effectiveEnd('2026-12-10', [{ newEndDate: null }]), '2026-12-10');
});
