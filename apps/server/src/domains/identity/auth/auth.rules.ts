/** Pure rules of signing in: login throttling and the session's lifetime. */

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
