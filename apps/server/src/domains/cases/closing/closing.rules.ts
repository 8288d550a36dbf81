/** Closing rules (S8, pure): every reason a case may not close (销项) now. */
import {
  MAJOR_CLOSE_APPROVERS,
  UNRESOLVABLE_CLOSE_APPROVERS,
  type CaseKind,
  type CaseStatus,
  type NotClosableReason,
  type Role,
  type Severity,
  type WorkOrderStatus,
} from '@hy/contracts';

export interface CloseInput {
  kind: CaseKind;
  severity: Severity;
  status: CaseStatus;
  result: 'resolved' | 'unresolvable';
  workOrders: { status: WorkOrderStatus }[];
  proofChecked: boolean;
  openLinkedCases: number;
  lastCallbackSatisfied: boolean | null;
  /** roles of the closer, and of the approver named on the close (if any) */
  closerRoles: readonly Role[];
  approverRoles: readonly Role[];
}

/** Every reason the case may not close now; [] = closable. Closing a closed case is a conflict, not a rule. */
export function closeBlockers(i: CloseInput): NotClosableReason[] {
  const out: NotClosableReason[] = [];
  const holds = (allowed: readonly Role[]) => [...i.closerRoles, ...i.approverRoles].some((r) => allowed.includes(r));
  if (i.status === 'waiting_customer') out.push('waiting_customer');
  if (i.result === 'unresolvable') {
    if (!holds(UNRESOLVABLE_CLOSE_APPROVERS)) out.push('project_manager_signature_required');
  } else {
    const live = i.workOrders.filter((w) => w.status !== 'voided');
    if (i.kind === 'repair' && !live.length) out.push('no_work_order');
    if (live.some((w) => w.status !== 'returned')) out.push('work_order_not_returned');
    if (i.kind !== 'repair' && !i.proofChecked) out.push('proof_not_checked');
    if (i.lastCallbackSatisfied === false) out.push('callback_dissatisfied');
  }
  if (i.openLinkedCases > 0) out.push('linked_case_open');
  if (i.severity === 'major' && !holds(MAJOR_CLOSE_APPROVERS)) out.push('approval_required');
  return out;
}
