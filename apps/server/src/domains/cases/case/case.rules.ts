/**
 * The case's own rules (pure, no I/O): the state machine every feature moves a case through, and
 * the emergency pin of the case list (S2/S4), where a case stands against its deadlines (S4).
 */
import type { CaseStatus, SlaStateFilter } from '@hy/contracts';

const HANDLING: CaseStatus[] = ['dispatched', 'in_progress', 'waiting_customer', 'resolved', 'closed'];
export const TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  open: HANDLING,
  reopened: HANDLING,
  dispatched: ['in_progress', 'waiting_customer', 'resolved', 'closed'],
  in_progress: ['dispatched', 'waiting_customer', 'resolved', 'closed'],
  waiting_customer: ['open', 'reopened', 'dispatched', 'in_progress'],
  resolved: ['dispatched', 'in_progress', 'closed', 'reopened'],
  closed: ['reopened'],
};
export const canTransition = (from: CaseStatus, to: CaseStatus) => TRANSITIONS[from].includes(to);
export const isActive = (s: CaseStatus) => s !== 'closed' && s !== 'resolved';

export interface PinSubject {
  emergency: boolean;
  emergencySignedOffAt: Date | null;
}

/** An emergency stays pinned — whatever its status, also once closed — until a manager signs it off. */
export const isPinned = (c: PinSubject) => c.emergency && !c.emergencySignedOffAt;

/** When a case's deadline turns into a warning: once `warnRatio` of the window from receipt to the resolve deadline is used. */
export const slaWarnAt = (c: { receivedAt: Date; resolveDueAt: Date }, warnRatio: number) =>
  new Date(c.receivedAt.getTime() + (c.resolveDueAt.getTime() - c.receivedAt.getTime()) * warnRatio);

/**
 * Where an open case stands against its deadlines at `now`, as the case list's SLA filter and the cockpit
 * count it: paused (waiting for the customer), breached (a deadline passed), warning, on time; null once resolved.
 */
export function slaStateAt(
  c: { status: CaseStatus; receivedAt: Date; resolveDueAt: Date; respondDueAt: Date; respondedAt: Date | null },
  now: Date,
  warnRatio: number,
): SlaStateFilter | null {
  if (c.status === 'waiting_customer') return 'paused';
  if (!isActive(c.status)) return null;
  if (c.resolveDueAt < now || (!c.respondedAt && c.respondDueAt < now)) return 'breached';
  return now >= slaWarnAt(c, warnRatio) ? 'warning' : 'on_time';
}

/**
 * F6 "do when the occupant is out": why the window given at intake is refused (null: fine). Off, no window is
 * kept; on, both ends are needed, the end after the start, and the end not already past.
 */
export function occupantOutRefusal(
  on: boolean,
  from: Date | null | undefined,
  to: Date | null | undefined,
  now: Date,
): { code: 'occupant_out_window_required' | 'occupant_out_window_invalid' | 'occupant_out_window_past'; path: string } | null {
  if (!on) return null;
  if (!from) return { code: 'occupant_out_window_required', path: 'occupantOutFrom' };
  if (!to) return { code: 'occupant_out_window_required', path: 'occupantOutTo' };
  if (to.getTime() <= from.getTime()) return { code: 'occupant_out_window_invalid', path: 'occupantOutTo' };
  if (to.getTime() <= now.getTime()) return { code: 'occupant_out_window_past', path: 'occupantOutTo' };
  return null;
}

/** The window as the API gives it (null: any time). */
export const occupantOutOf = (c: { occupantOutFrom: Date | null; occupantOutTo: Date | null }) =>
  c.occupantOutFrom && c.occupantOutTo ? { from: c.occupantOutFrom.toISOString(), to: c.occupantOutTo.toISOString() } : null;
