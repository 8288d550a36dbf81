/**
 * Service-desk rules (pure, no I/O): SLA policy and deadlines on the work calendar, pause shifts,
 * the case state machine, closing conditions (S8), deadline extensions (S4) and SLA alerts.
 */
import {
  DEFAULT_SLA_POLICY, ESCALATION_ROLE, EXTENSION_APPROVERS, MAJOR_CLOSE_APPROVERS, UNRESOLVABLE_CLOSE_APPROVERS,
  type CaseKind, type CaseStatus, type NotClosableReason, type Role, type Severity, type SlaPolicy, type SlaTarget,
  type Urgency, type WorkOrderStatus,
} from '@hy/contracts';
import { addDuration, endOfWorkingDay, workingMinutesBetween, type WorkCalendar } from '../../calendar/calendar.rules.ts';

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
/** Deep merge of an admin's partial setting over the defaults; values of the wrong type are ignored. */
function merge<T>(base: T, over: unknown): T {
  if (over === undefined || over === null) return base;
  if (isObj(base)) {
    if (!isObj(over)) return base;
    return Object.fromEntries(Object.keys(base).map((k) => [k, merge((base as Record<string, unknown>)[k], over[k])])) as T;
  }
  return typeof over === typeof base ? (over as T) : base;
}

/** The property's SLA policy: `settings.caseSla` (any part of it) over the seeds' defaults. */
export function slaPolicyOf(settings: unknown): SlaPolicy {
  return merge(DEFAULT_SLA_POLICY, isObj(settings) ? settings.caseSla : undefined);
}

export interface SlaSubject { kind: CaseKind; severity: Severity; urgency: Urgency; emergency: boolean }

/** Complaints by severity, repairs by urgency; an emergency starts at once. */
export function slaTarget(policy: SlaPolicy, c: SlaSubject): SlaTarget {
  const t = c.kind === 'complaint' ? policy.complaint[c.severity] : policy.repair[c.urgency];
  return c.emergency ? { ...t, respond: policy.emergencyRespond } : t;
}

export interface DeadlineInput {
  createdAt: Date;
  target: SlaTarget;
  /** working minutes the case has spent waiting for the customer */
  pausedMinutes: number;
  /** an approved extension: the new due, and the paused minutes already counted when it was set */
  extension?: { to: Date; pausedMinutes: number } | null;
}

/** Respond and resolve deadlines; pausing shifts the resolve deadline by the paused working time. */
export function computeDeadlines(cal: WorkCalendar, i: DeadlineInput): { respondDueAt: Date; resolveDueAt: Date } {
  const respondDueAt = addDuration(cal, i.createdAt, i.target.respond);
  const base = i.extension ? i.extension.to : addDuration(cal, i.createdAt, i.target.resolve);
  const shift = i.pausedMinutes - (i.extension?.pausedMinutes ?? 0);
  const resolveDueAt = shift > 0 ? addDuration(cal, base, { value: shift / 60, unit: 'working_hours' }) : base;
  return { respondDueAt, resolveDueAt };
}

/** Working minutes between pause and resume, rounded to whole minutes. */
export function pausedWorkingMinutes(cal: WorkCalendar, pausedAt: Date, resumedAt: Date): number {
  return Math.round(workingMinutesBetween(cal, pausedAt, resumedAt));
}

// ---------- state machine ----------

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

// ---------- closing (S8) ----------

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

// ---------- extensions (S4) ----------

export type ExtensionRefusal = 'not_entitled' | 'apology_required' | 'not_later';

/** 超时需经批准: general → project manager, important/major → general manager; the apology comes first. */
export function extensionRefusal(i: {
  kind: CaseKind; severity: Severity; actorRoles: readonly Role[]; apologyRecorded: boolean; currentDue: Date; newDue: Date;
}): ExtensionRefusal | null {
  if (!i.actorRoles.some((r) => EXTENSION_APPROVERS[i.severity].includes(r))) return 'not_entitled';
  if (i.kind === 'complaint' && !i.apologyRecorded) return 'apology_required';
  if (i.newDue.getTime() <= i.currentDue.getTime()) return 'not_later';
  return null;
}

// ---------- SLA alerts ----------

export const SEVERITY_LEVEL: Record<Severity, number> = { general: 1, important: 2, major: 3 };
const LEVEL_ROLE: Record<number, Role> = { 1: ESCALATION_ROLE.general, 2: ESCALATION_ROLE.important, 3: ESCALATION_ROLE.major };
export const escalationRole = (level: number): Role => LEVEL_ROLE[Math.min(3, Math.max(1, level))]!;

export interface AlertSubject {
  status: CaseStatus;
  severity: Severity;
  createdAt: Date;
  respondDueAt: Date;
  resolveDueAt: Date;
  respondedAt: Date | null;
  dispatchedAt: Date | null;
  pausedAt: Date | null;
}

export interface SlaAlert {
  /** unique per case: an alert with the same key is raised once */
  key: string;
  type: 'respond_warning' | 'respond_breach' | 'resolve_warning' | 'resolve_breach' | 'follow_up' | 'follow_up_second';
  /** escalate to this level (1 cs_supervisor, 2 project_manager, 3 general_manager) unless already there */
  escalateTo?: number;
}

/**
 * The alerts due at `now`: a warning when `warnRatio` of a window has passed, a breach at the due
 * (escalating to the severity's level), the first follow-up `followUpAfter` after dispatch and the
 * second at the end of that working day (escalating to the CS supervisor). Paused and finished
 * cases raise nothing. Keys of resolve alerts carry the due, so an extended deadline alerts again.
 */
export function dueAlerts(cal: WorkCalendar, policy: SlaPolicy, c: AlertSubject, now: Date): SlaAlert[] {
  if (!isActive(c.status) || c.pausedAt) return [];
  const out: SlaAlert[] = [];
  const t = now.getTime();
  const warnAt = (due: Date) => c.createdAt.getTime() + policy.warnRatio * (due.getTime() - c.createdAt.getTime());
  const level = SEVERITY_LEVEL[c.severity];
  if (!c.respondedAt) {
    if (t >= c.respondDueAt.getTime()) out.push({ key: 'respond_breach', type: 'respond_breach', escalateTo: level });
    else if (t >= warnAt(c.respondDueAt)) out.push({ key: 'respond_warning', type: 'respond_warning' });
  }
  const due = c.resolveDueAt.toISOString();
  if (t >= c.resolveDueAt.getTime()) out.push({ key: `resolve_breach:${due}`, type: 'resolve_breach', escalateTo: level });
  else if (t >= warnAt(c.resolveDueAt)) out.push({ key: `resolve_warning:${due}`, type: 'resolve_warning' });
  if (c.dispatchedAt) {
    if (t >= addDuration(cal, c.dispatchedAt, policy.followUpAfter).getTime()) out.push({ key: 'follow_up', type: 'follow_up' });
    if (t >= endOfWorkingDay(cal, c.dispatchedAt).getTime()) out.push({ key: 'follow_up_second', type: 'follow_up_second', escalateTo: 1 });
  }
  return out;
}

// ---------- emergency sign-off (S2/S4) ----------

export interface PinSubject { emergency: boolean; emergencySignedOffAt: Date | null }

/** An emergency stays pinned — whatever its status, also once closed — until a manager signs it off. */
export const isPinned = (c: PinSubject) => c.emergency && !c.emergencySignedOffAt;

/** Why an emergency sign-off is refused, or null. */
export function signOffRefusal(c: PinSubject): 'case_not_emergency' | 'already_signed_off' | null {
  if (!c.emergency) return 'case_not_emergency';
  if (c.emergencySignedOffAt) return 'already_signed_off';
  return null;
}

/** Becoming an emergency (again) starts a new pin: the earlier sign-off is cleared. */
export function emergencyPinPatch(wasEmergency: boolean, isEmergency: boolean) {
  return !wasEmergency && isEmergency ? { emergencySignedOffAt: null, emergencySignedOffBy: null, emergencySignOffNote: null } : {};
}
