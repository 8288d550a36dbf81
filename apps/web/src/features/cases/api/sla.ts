/** Pure helpers of the service desk: where a case stands against its deadlines, durations, the pinned rule, a ticking clock. */
import { useEffect, useState } from 'react';
import type { CaseFields } from '@hy/contracts';

/** A clock that ticks (for SLA countdowns). */
export function useNow(everyMs = 30_000) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const h = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(h);
  }, [everyMs]);
  return now;
}

/** An emergency stays pinned — whatever its status — until a manager signs it off. */
export const isPinned = (c: Pick<CaseFields, 'emergency' | 'emergencySignedOffAt'>) => c.emergency && !c.emergencySignedOffAt;

export type SlaState = 'paused' | 'done' | 'overdue' | 'respond_overdue' | 'warning' | 'ok';
/**
 * Where a case stands against its deadlines, ticking: the server sends when the deadline turns into a
 * warning (`slaWarnAt`, by the property's share of the window), so the page agrees with the list's SLA filter.
 */
export function slaOf(
  c: Pick<CaseFields, 'status' | 'respondDueAt' | 'resolveDueAt' | 'respondedAt' | 'createdAt'> & { slaWarnAt?: string },
  now: number,
): { state: SlaState; due: number; remainingMs: number } {
  const resolveDue = new Date(c.resolveDueAt).getTime();
  if (c.status === 'waiting_customer') return { state: 'paused', due: resolveDue, remainingMs: resolveDue - now };
  if (c.status === 'resolved' || c.status === 'closed') return { state: 'done', due: resolveDue, remainingMs: resolveDue - now };
  const respondDue = new Date(c.respondDueAt).getTime();
  if (!c.respondedAt && now > respondDue && now <= resolveDue)
    return { state: 'respond_overdue', due: respondDue, remainingMs: respondDue - now };
  if (now > resolveDue) return { state: 'overdue', due: resolveDue, remainingMs: resolveDue - now };
  const warnAt = c.slaWarnAt ? new Date(c.slaWarnAt).getTime() : resolveDue;
  const state = now >= warnAt ? 'warning' : 'ok';
  return { state, due: resolveDue, remainingMs: resolveDue - now };
}

/** "2天3小时" / "2d 3h" from milliseconds (absolute value). */
export function formatDuration(ms: number, lang: string) {
  const m = Math.max(0, Math.round(Math.abs(ms) / 60_000));
  const d = Math.floor(m / 1440);
  const h = Math.floor((m % 1440) / 60);
  const mm = m % 60;
  const en = lang === 'en-US';
  const parts: string[] = [];
  if (d) parts.push(en ? `${d}d` : `${d}天`);
  if (h) parts.push(en ? `${h}h` : `${h}小时`);
  if (!d && (mm || !h)) parts.push(en ? `${mm}m` : `${mm}分钟`);
  return parts.join(en ? ' ' : '');
}
