/**
 * The applications' state machine (T1), pure: which verb moves which state where, who may use it, what
 * may be added on the way (violations, postponements, the hand-over checklist), and the deposit in
 * Chinese capital numerals (大写) as the printed form shows it.
 */
import type { ApplicationAction, ApplicationKindCode, ApplicationStateCode } from '@hy/contracts';

/** verb → [from states, to state] */
export const TRANSITIONS: Record<ApplicationAction, [readonly ApplicationStateCode[], ApplicationStateCode]> = {
  approve: [['submitted'], 'approved'],
  reject: [['submitted'], 'rejected'],
  start: [['approved'], 'in_progress'],
  finish: [['in_progress'], 'awaiting_acceptance'],
  accept: [['awaiting_acceptance'], 'accepted'],
  fail: [['awaiting_acceptance'], 'failed'],
};

/** The state a verb leads to from `state`, or null when it is not allowed there. */
export function nextState(state: ApplicationStateCode, action: ApplicationAction): ApplicationStateCode | null {
  const [from, to] = TRANSITIONS[action];
  return from.includes(state) ? to : null;
}

/** The decisions (approve, reject, accept, fail) need tenants.applications.decide; start and finish need tenants.manage. */
export const DECISIONS: readonly ApplicationAction[] = ['approve', 'reject', 'accept', 'fail'];

/** Violations and postponements are recorded while the work is approved or going on. */
export const mayNote = (state: ApplicationStateCode) => state === 'approved' || state === 'in_progress' || state === 'awaiting_acceptance';

/** The hand-over checklist belongs to move-in and move-out, filled from approval until the acceptance. */
export const mayChecklist = (kind: ApplicationKindCode, state: ApplicationStateCode) =>
  kind !== 'fit_out' && (state === 'approved' || state === 'in_progress' || state === 'awaiting_acceptance');

/** The end date after postponements: the latest new end date, else the planned end. */
export function effectiveEnd(plannedEnd: string, postponements: readonly { newEndDate: string | null }[]) {
  return postponements.reduce((end, p) => (p.newEndDate && p.newEndDate > end ? p.newEndDate : end), plannedEnd);
}

/** The deposit in capital numerals (shared with the web's printed form). */
