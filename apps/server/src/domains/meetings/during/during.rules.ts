/** Pure rules of a meeting in progress (SPEC M8): its live status. No I/O. */
import type { LiveStatus } from '@hy/contracts';

/** M8 live status: explicit start/end by staff win; otherwise from the clock and the verified readiness. */
export function liveStatus(
  n: { status: string; startAt: Date; endAt: Date; startedAt: Date | null; endedAt: Date | null },
  allVerified: boolean,
  now: Date,
): LiveStatus {
  if (n.status === 'cancelled') return 'cancelled';
  if (n.status === 'on_hold') return 'on_hold';
  if (n.endedAt || now >= n.endAt) return 'ended';
  if (n.startedAt || now >= n.startAt) return 'in_progress';
  return allVerified ? 'ready' : 'preparing';
}
