/**
 * Deadline rules (S4, pure, no I/O): SLA policy and deadlines on the work calendar, pause shifts,
 * deadline extensions and the SLA alerts with their escalation.
 */
import {
  ESCALATION_ROLE,
  type CaseKind,
  type EffectiveSettings,
  type CaseStatus,
  type Role,
  type Severity,
  type SlaPolicy,
  type SlaTarget,
  type Urgency,
} from '@hy/contracts';
import { addDuration, endOfWorkingDay, workingMinutesBetween, type WorkCalendar } from '../../calendar/index.ts';
import { isActive } from '../case/case.rules.ts';

/** The property's SLA policy from its effective settings (caseSla.*; defaults in the settings registry). */
export function slaPolicyOf(s: EffectiveSettings): SlaPolicy {
  const target = (k: `${'complaint.' | 'repair.'}${string}`) => ({
    respond: s[`caseSla.${k}.respond` as 'caseSla.repair.low.respond'],
    resolve: s[`caseSla.${k}.resolve` as 'caseSla.repair.low.resolve'],
  });
  return {
    complaint: { general: target('complaint.general'), important: target('complaint.important'), major: target('complaint.major') },
    repair: { urgent: target('repair.urgent'), normal: target('repair.normal'), low: target('repair.low') },
    emergencyRespond: s['caseSla.emergencyRespond'],
    warnRatio: s['caseSla.warnPercent'] / 100,
    followUpAfter: s['caseSla.followUpAfter'],
    extensionApprovers: {
      general: s['caseSla.extensionApprovers.general'],
      important: s['caseSla.extensionApprovers.important'],
      major: s['caseSla.extensionApprovers.major'],
    },
  };
}

export interface SlaSubject {
  kind: CaseKind;
  severity: Severity;
  urgency: Urgency;
  emergency: boolean;
}

/** Complaints by severity, repairs by urgency; an emergency starts at once. */
export function slaTarget(policy: SlaPolicy, c: SlaSubject): SlaTarget {
  const t = c.kind === 'complaint' ? policy.complaint[c.severity] : policy.repair[c.urgency];
  return c.emergency ? { ...t, respond: policy.emergencyRespond } : t;
}

export interface DeadlineInput {
  /** when the case was received (S1): its timers start here */
  receivedAt: Date;
  target: SlaTarget;
  /** working minutes the case has spent waiting for the customer */
  pausedMinutes: number;
  /** an approved extension: the new due, and the paused minutes already counted when it was set */
  extension?: { to: Date; pausedMinutes: number } | null;
}

/** Respond and resolve deadlines; pausing shifts the resolve deadline by the paused working time. */
export function computeDeadlines(cal: WorkCalendar, i: DeadlineInput): { respondDueAt: Date; resolveDueAt: Date } {
  const respondDueAt = addDuration(cal, i.receivedAt, i.target.respond);
  const base = i.extension ? i.extension.to : addDuration(cal, i.receivedAt, i.target.resolve);
  const shift = i.pausedMinutes - (i.extension?.pausedMinutes ?? 0);
  const resolveDueAt = shift > 0 ? addDuration(cal, base, { value: shift / 60, unit: 'working_hours' }) : base;
  return { respondDueAt, resolveDueAt };
}

/** Working minutes between pause and resume, rounded to whole minutes. */
export function pausedWorkingMinutes(cal: WorkCalendar, pausedAt: Date, resumedAt: Date): number {
  return Math.round(workingMinutesBetween(cal, pausedAt, resumedAt));
}

// ---------- extensions (S4) ----------

export type ExtensionRefusal = 'not_entitled' | 'apology_required' | 'not_later';

/** 超时需经批准: the severity's approvers (default general → project manager, important/major → general manager); the apology comes first. */
export function extensionRefusal(i: {
  kind: CaseKind;
  severity: Severity;
  approvers: SlaPolicy['extensionApprovers'];
  actorRoles: readonly Role[];
  apologyRecorded: boolean;
  currentDue: Date;
  newDue: Date;
}): ExtensionRefusal | null {
  if (!i.actorRoles.some((r) => i.approvers[i.severity].includes(r))) return 'not_entitled';
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
  receivedAt: Date;
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
export function dueAlerts(
  cal: WorkCalendar,
  policy: SlaPolicy,
  c: AlertSubject,
  now: Date,
  /** alerts already raised (by key) are left out, and their times on the calendar not worked out */
  raised: (key: string) => boolean = () => false,
): SlaAlert[] {
  if (!isActive(c.status) || c.pausedAt) return [];
  const out: SlaAlert[] = [];
  const t = now.getTime();
  const warnAt = (due: Date) => c.receivedAt.getTime() + policy.warnRatio * (due.getTime() - c.receivedAt.getTime());
  const level = SEVERITY_LEVEL[c.severity];
  if (!c.respondedAt) {
    if (t >= c.respondDueAt.getTime()) out.push({ key: 'respond_breach', type: 'respond_breach', escalateTo: level });
    else if (t >= warnAt(c.respondDueAt)) out.push({ key: 'respond_warning', type: 'respond_warning' });
  }
  const due = c.resolveDueAt.toISOString();
  if (t >= c.resolveDueAt.getTime()) out.push({ key: `resolve_breach:${due}`, type: 'resolve_breach', escalateTo: level });
  else if (t >= warnAt(c.resolveDueAt)) out.push({ key: `resolve_warning:${due}`, type: 'resolve_warning' });
  if (c.dispatchedAt) {
    if (!raised('follow_up') && t >= addDuration(cal, c.dispatchedAt, policy.followUpAfter).getTime())
      out.push({ key: 'follow_up', type: 'follow_up' });
    if (!raised('follow_up_second') && t >= endOfWorkingDay(cal, c.dispatchedAt).getTime())
      out.push({ key: 'follow_up_second', type: 'follow_up_second', escalateTo: 1 });
  }
  return out.filter((a) => !raised(a.key));
}
