import { test } from 'node:test';
import assert from 'node:assert/strict';
import { channelsFor, isOpen, isRecipient, nextShiftWarning, statusAfterLogging } from './messages.rules.ts';

test('a message is open until delivered; notified only when someone was reached', () => {
  assert.deepEqual((['logged', 'notified', 'delivered'] as const).map(isOpen), [true, true, false]);
  assert.equal(statusAfterLogging(0), 'logged');
  assert.equal(statusAfterLogging(3), 'notified');
  assert.deepEqual(channelsFor(true), ['sms', 'email']);
  assert.deepEqual(channelsFor(false), ['email']);
});

test('the recipient is the named person or, for a company, its people', () => {
  const u = { id: 'u1', organizationId: 'o1' };
  for (const [m, expect] of [
    [{ recipientUserId: 'u1', recipientOrganizationId: null }, true],
    [{ recipientUserId: 'u2', recipientOrganizationId: null }, false],
    [{ recipientUserId: null, recipientOrganizationId: 'o1' }, true],
    [{ recipientUserId: null, recipientOrganizationId: 'o2' }, false],
    [{ recipientUserId: null, recipientOrganizationId: null }, false],
  ] as const)
    assert.equal(isRecipient(u, m), expect, JSON.stringify(m));
  assert.equal(isRecipient({ id: 'u9', organizationId: null }, { recipientUserId: null, recipientOrganizationId: null }), false);
});

test('the undelivered list goes out 15 minutes before each shift change (08:00, 20:00 Shanghai)', () => {
  const tz = 'Asia/Shanghai';
  for (const [now, expect] of [
    ['2026-12-07T06:00:00+08:00', '2026-12-07T07:45:00+08:00'],
    ['2026-12-07T07:45:00+08:00', '2026-12-07T19:45:00+08:00'],
    ['2026-12-07T12:00:00+08:00', '2026-12-07T19:45:00+08:00'],
    ['2026-12-07T19:50:00+08:00', '2026-12-08T07:45:00+08:00'],
    ['2026-12-07T23:59:00+08:00', '2026-12-08T07:45:00+08:00'],
  ] as const)
    assert.equal(nextShiftWarning(new Date(now), tz).toISOString(), new Date(expect).toISOString(), now);
});
