import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPassword } from './account/account.rules.ts';
import { throttleState } from './auth/auth.rules.ts';
import { adminReach, type AdminReach } from './users/users.rules.ts';

test('password strength', () => {
  const cases: [string, boolean, boolean, string[]][] = [
    ['Demo@2026', false, true, []],
    ['Demo@2026', true, false, ['is_default']],
    ['short1!', false, false, ['too_short']],
    ['abcdefgh', false, false, ['needs_digit', 'needs_symbol_or_case']],
    ['abcdefg1', false, false, ['needs_symbol_or_case']],
    ['Abcdefg1', false, true, []],
    ['12345678!', false, false, ['needs_letter']],
    ['会务系统密码abc1!', false, true, []],
  ];
  for (const [pw, production, ok, reasons] of cases) {
    const v = checkPassword(pw, { production });
    assert.equal(v.ok, ok, pw);
    assert.deepEqual(v.reasons, reasons, pw);
  }
});

test('login throttling: five failures in 15 minutes block until the oldest leaves the window', () => {
  const now = new Date('2026-03-02T10:00:00Z');
  const ago = (min: number) => new Date(now.getTime() - min * 60_000);
  assert.deepEqual(throttleState([ago(1), ago(2), ago(3), ago(4)], now), { blocked: false, retryAfterSec: 0 });
  assert.deepEqual(throttleState([ago(1), ago(2), ago(3), ago(4), ago(10)], now), { blocked: true, retryAfterSec: 5 * 60 });
  assert.equal(throttleState([ago(1), ago(2), ago(3), ago(4), ago(16)], now).blocked, false);
  assert.equal(throttleState([ago(1), ago(2), ago(3), ago(4), ago(5), ago(6)], now).retryAfterSec, 10 * 60);
});

test('admin reach over an account: full only when every property it is tied to is administered', () => {
  const cases: [string[], string[], AdminReach][] = [
    [[], [], 'none'],
    [[], ['A'], 'none'],
    [['A'], [], 'full'],
    [['A'], ['A'], 'full'],
    [['A'], ['A', 'A'], 'full'],
    [['A', 'B'], ['A', 'B'], 'full'],
    [['A', 'B'], ['B'], 'full'],
    [['B'], ['A', 'B'], 'roles'],
    [['B'], ['B', 'A'], 'roles'],
    [['B', 'C'], ['A', 'B', 'C'], 'roles'],
    [['B'], ['A'], 'none'],
    [['B'], ['A', 'C'], 'none'],
  ];
  for (const [administers, tiedTo, want] of cases) assert.equal(adminReach(administers, tiedTo), want, `${administers} over ${tiedTo}`);
});
