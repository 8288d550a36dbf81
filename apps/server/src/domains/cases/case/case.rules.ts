/**
 * The case's own rules (pure, no I/O): the state machine every feature moves a case through, and
 * the emergency pin of the case list (S2/S4).
 */
import type { CaseStatus } from '@hy/contracts';

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
