/** Work-order rules (S5, pure): the states a work order moves through. */
import type { WorkOrderStatus } from '@hy/contracts';

export const WO_TRANSITIONS: Record<WorkOrderStatus, readonly WorkOrderStatus[]> = {
  issued: ['accepted', 'voided'],
  accepted: ['on_site', 'completed', 'voided'],
  on_site: ['completed', 'voided'],
  completed: ['signed', 'voided'],
  signed: ['returned'],
  returned: [],
  voided: [],
};
/** The states a work order may be in for an action to move it to `to`. */
export const woFrom = (to: WorkOrderStatus) =>
  (Object.keys(WO_TRANSITIONS) as WorkOrderStatus[]).filter((s) => WO_TRANSITIONS[s].includes(to));
