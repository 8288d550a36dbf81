/** Colours of the visit states, case states and satisfaction. */
import type { CaseStatus, VisitSatisfaction, VisitState } from '@hy/contracts';

export const STATE_COLOR: Record<VisitState, string> = { planned: 'blue', done: 'green', cancelled: 'default' };
export const SATISFACTION_COLOR: Record<VisitSatisfaction, string> = {
  very_satisfied: 'green',
  satisfied: 'cyan',
  neutral: 'gold',
  dissatisfied: 'red',
};
export const CASE_COLOR: Record<CaseStatus, string> = {
  open: 'orange',
  dispatched: 'blue',
  in_progress: 'blue',
  waiting_customer: 'gold',
  resolved: 'cyan',
  closed: 'green',
  reopened: 'red',
};
