/** Pure rules of accounts: password strength, login throttling. */

export const DEFAULT_PASSWORDS = ['Demo@2026', 'admin', 'password', '123456', 'Admin@123'];

export interface PasswordVerdict {
  ok: boolean;
  reasons: ('too_short' | 'too_long' | 'needs_letter' | 'needs_digit' | 'needs_symbol_or_case' | 'is_default')[];
}

/** At least 8 characters with letters and digits and either a symbol or mixed case. */
export function checkPassword(pw: string, opts: { production: boolean }): PasswordVerdict {
  const reasons: PasswordVerdict['reasons'] = [];
  if (pw.length < 8) reasons.push('too_short');
  if (pw.length > 128) reasons.push('too_long');
  if (!/[A-Za-z]/.test(pw)) reasons.push('needs_letter');
  if (!/[0-9]/.test(pw)) reasons.push('needs_digit');
  if (!/[^A-Za-z0-9]/.test(pw) && !(/[a-z]/.test(pw) && /[A-Z]/.test(pw))) reasons.push('needs_symbol_or_case');
  if (opts.production && DEFAULT_PASSWORDS.some((d) => d.toLowerCase() === pw.toLowerCase())) reasons.push('is_default');
  return { ok: reasons.length === 0, reasons };
}

export const PASSWORD_REASON_TEXT: Record<PasswordVerdict['reasons'][number], { zh: string; en: string }> = {
  too_short: { zh: '至少 8 位', en: 'at least 8 characters' },
  too_long: { zh: '最多 128 位', en: 'at most 128 characters' },
  needs_letter: { zh: '需包含字母', en: 'needs a letter' },
  needs_digit: { zh: '需包含数字', en: 'needs a digit' },
  needs_symbol_or_case: { zh: '需包含符号或大小写字母', en: 'needs a symbol or mixed case' },
  is_default: { zh: '不能使用默认密码', en: 'default passwords are refused' },
};

export interface ThrottlePolicy {
  maxFailures: number;
  windowMinutes: number;
}
export const LOGIN_THROTTLE: ThrottlePolicy = { maxFailures: 5, windowMinutes: 15 };

/**
 * Given the times of recent failed logins for a username (or IP), whether the next attempt must
 * wait, and until when (the oldest counted failure leaves the window).
 */
export function throttleState(
  failures: Date[],
  now: Date,
  policy: ThrottlePolicy = LOGIN_THROTTLE,
): { blocked: boolean; retryAfterSec: number } {
  const windowStart = now.getTime() - policy.windowMinutes * 60_000;
  const recent = failures
    .map((d) => d.getTime())
    .filter((t) => t > windowStart)
    .sort((a, b) => a - b);
  if (recent.length < policy.maxFailures) return { blocked: false, retryAfterSec: 0 };
  const freeAt = recent[recent.length - policy.maxFailures]! + policy.windowMinutes * 60_000;
  return { blocked: true, retryAfterSec: Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000)) };
}

export const SESSION_TTL_HOURS = 12;

/**
 * How far an administrator reaches over one user account (X1):
 * - 'full': every property the account is tied to (its roles, its organization's or unit's
 *   property) is one the actor administers, or it is tied to none yet: profile, password, status
 *   and roles may be changed;
 * - 'roles': the account is tied to one of the actor's properties and also to one they do not
 *   administer: only the actor's own properties' roles may be granted or revoked;
 * - 'none': nothing of the account is the actor's (it is not even shown).
 */
export type AdminReach = 'none' | 'roles' | 'full';

export function adminReach(administers: readonly string[], tiedTo: readonly string[]): AdminReach {
  if (!administers.length) return 'none';
  const tied = [...new Set(tiedTo)];
  if (tied.every((p) => administers.includes(p))) return 'full';
  return tied.some((p) => administers.includes(p)) ? 'roles' : 'none';
}
