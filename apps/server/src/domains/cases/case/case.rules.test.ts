import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CaseStatus } from '@hy/contracts';
import { canTransition, isActive, isPinned, occupantOutOf, occupantOutRefusal, slaStateAt, slaWarnAt } from './case.rules.ts';

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

test('SLA state: paused, breached (either deadline), warning after the share of the window, on time, none once resolved', () => {
  const h = (n: number) => new Date(Date.UTC(2026, 9, 1, n));
  const c = { status: 'in_progress' as CaseStatus, receivedAt: h(0), respondDueAt: h(1), resolveDueAt: h(10), respondedAt: h(0) };
  assert.equal(slaWarnAt(c, 0.8).toISOString(), h(8).toISOString());
  assert.equal(slaStateAt(c, h(5), 0.8), 'on_time');
  assert.equal(slaStateAt(c, h(8), 0.8), 'warning');
  assert.equal(slaStateAt(c, h(5), 0.5), 'warning', "the property's share, not a fixed one");
  assert.equal(slaStateAt(c, h(11), 0.8), 'breached');
  assert.equal(slaStateAt({ ...c, respondedAt: null }, h(2), 0.8), 'breached', 'no first response in time');
  assert.equal(slaStateAt({ ...c, status: 'waiting_customer' }, h(11), 0.8), 'paused');
  assert.equal(slaStateAt({ ...c, status: 'resolved' }, h(11), 0.8), null);
});

test('F6 occupant-out window: both ends, the end after the start, not over at intake', () => {
  const now = new Date('2026-06-01T09:00:00Z');
  const at = (h: number) => new Date(now.getTime() + h * 3600_000);
  const rows: [boolean, Date | null, Date | null, string | null, string | null][] = [
    [false, null, null, null, null],
    [false, at(2), at(1), null, null], // off: the window is ignored
    [true, null, at(1), 'occupant_out_window_required', 'occupantOutFrom'],
    [true, at(1), null, 'occupant_out_window_required', 'occupantOutTo'],
    [true, at(2), at(1), 'occupant_out_window_invalid', 'occupantOutTo'],
    [true, at(1), at(1), 'occupant_out_window_invalid', 'occupantOutTo'],
    [true, at(-3), at(-1), 'occupant_out_window_past', 'occupantOutTo'],
    [true, at(-1), at(2), null, null], // already begun, not over: fine
    [true, at(1), at(3), null, null],
  ];
  for (const [on, from, to, code, path] of rows) {
    const r = occupantOutRefusal(on, from, to, now);
    assert.deepEqual([r?.code ?? null, r?.path ?? null], [code, path], JSON.stringify([on, from, to]));
  }
  assert.equal(occupantOutOf({ occupantOutFrom: null, occupantOutTo: null }), null);
  assert.deepEqual(occupantOutOf({ occupantOutFrom: at(1), occupantOutTo: at(2) }), { from: at(1).toISOString(), to: at(2).toISOString() });
});
