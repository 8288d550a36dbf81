/** Service desk (SPEC S1–S8): repairs and complaints, work orders, callbacks, consultations. */
import type { Role } from './roles.ts';

export const CASE_KINDS = ['repair', 'complaint'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const CASE_CHANNELS = [
  'phone',
  'hotline',
  'visit',
  'letter',
  'email',
  'chat',
  'tenant_portal',
  'patrol',
  'staff',
  'manager',
] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];

/** 有效投诉 / 沟通性投诉 (求助型, 咨询型, 发泄型) — seed 004 篇4 §3. */
export const COMPLAINT_NATURES = ['valid', 'communicative'] as const;
export const COMMUNICATIVE_TYPES = ['help_seeking', 'inquiry', 'venting'] as const;
/** 设备 / 服务态度 / 服务质量, with equipment sub-types (照明、供水、供电、供暖 …). */
export const CASE_CATEGORIES = ['equipment', 'attitude', 'quality'] as const;
export const CASE_SUBCATEGORIES = [
  'lighting',
  'water',
  'power',
  'heating',
  'ac',
  'elevator',
  'plumbing',
  'network',
  'door_lock',
  'cleaning',
  'other',
] as const;
export const SEVERITIES = ['general', 'important', 'major'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** Repair urgency (紧急程度 on the work order). */
export const URGENCIES = ['urgent', 'normal', 'low'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const CASE_STATUSES = ['open', 'dispatched', 'in_progress', 'waiting_customer', 'resolved', 'closed', 'reopened'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CLOSE_RESULTS = ['resolved', 'unresolvable'] as const;

export const WORK_ORDER_STATUSES = ['issued', 'accepted', 'on_site', 'completed', 'signed', 'returned', 'voided'] as const;
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number];
/** How the customer signed the work order: on the portal (own account), on paper (recorded by staff), or drawn on the staff's screen. */
export const SIGNATURE_METHODS = ['portal', 'paper', 'screen'] as const;

export const FOLLOW_UP_KINDS = ['note', 'follow_up', 'apology', 'customer_contact'] as const;

export type SlaUnit = 'minutes' | 'hours' | 'calendar_days' | 'working_hours' | 'working_days' | 'end_of_working_day';
export interface SlaDuration {
  value: number;
  unit: SlaUnit;
}
export interface SlaTarget {
  respond: SlaDuration;
  resolve: SlaDuration;
}
export interface SlaPolicy {
  complaint: Record<Severity, SlaTarget>;
  repair: Record<Urgency, SlaTarget>;
  /** emergencies: handling starts at once (seed 000 §4: 项目经理立即到达现场) */
  emergencyRespond: SlaDuration;
  /** warn when this share of a window has passed */
  warnRatio: number;
  /** first follow-up after dispatch (seed 004 篇4 ⑼: 两小时后) */
  followUpAfter: SlaDuration;
  /** who may extend a deadline, by severity: 超时需经项目经理 / 总经理批准 */
  extensionApprovers: Record<Severity, readonly Role[]>;
}

/** Who is escalated to at a breach, by severity (seed 000 §4). */
export const ESCALATION_ROLE: Record<Severity, Role> = { general: 'cs_supervisor', important: 'project_manager', major: 'general_manager' };
/** Major cases close only with the approval of … (seed 004 篇5 ⑤). */
export const MAJOR_CLOSE_APPROVERS: readonly Role[] = ['cs_supervisor', 'project_manager', 'general_manager'];
/** Unresolvable cases are closed (quarterly) with the project manager's signature. */
export const UNRESOLVABLE_CLOSE_APPROVERS: readonly Role[] = ['project_manager', 'general_manager'];

/** Why a case may not close (422 case_not_closable, `reasons`). */
export const NOT_CLOSABLE_REASONS = {
  waiting_customer: { zh: '案件处于等待客户状态，请先恢复', en: 'The case is paused waiting for the customer' },
  no_work_order: { zh: '报修案件尚未派发工程维修派工单', en: 'The repair case has no work order' },
  work_order_not_returned: { zh: '派工单尚未经客户签字并返回', en: 'A work order is not signed by the customer and returned' },
  proof_not_checked: {
    zh: '非维修案件须核实处理凭据或主管确认',
    en: 'Proof or a manager\u2019s word must be checked for a non-repair case',
  },
  linked_case_open: { zh: '关联案件尚未销项', en: 'A linked case is still open' },
  approval_required: {
    zh: '重大案件须经客服部主管或项目经理同意后销项',
    en: 'A major case closes only with the supervisor\u2019s or project manager\u2019s approval',
  },
  project_manager_signature_required: {
    zh: '无法处理的案件须项目经理签字后销项',
    en: 'An unresolvable case closes only with the project manager\u2019s signature',
  },
  callback_dissatisfied: { zh: '最近一次回访不满意，案件已重新打开', en: 'The last callback was dissatisfied' },
} as const;
export type NotClosableReason = keyof typeof NOT_CLOSABLE_REASONS;

/** Per-record policies sent with a case so the UI shows only what the user may do. */
export interface CasePolicies {
  update: boolean;
  classify: boolean;
  followUp: boolean;
  dispatch: boolean;
  pause: boolean;
  resume: boolean;
  resolve: boolean;
  extend: boolean;
  close: boolean;
  issueWorkOrder: boolean;
  callback: boolean;
  /** S2/S4: a manager (cases.supervise) signs off an emergency not signed off yet */
  signOffEmergency: boolean;
}

/** Stable error codes of the service desk, with their titles. */
/** How far back a case's received-at time may lie (a call logged late the same week). */
export const RECEIVED_AT_MAX_DAYS = 7;

export const CASE_ERROR_CODES = {
  occupant_out_window_required: {
    status: 422,
    zh: '“住户不在时维修”须填写时间窗口',
    en: "'Do when the occupant is out' needs its window",
  },
  occupant_out_window_invalid: { status: 422, zh: '时间窗口的结束须晚于开始', en: 'The window must end after it starts' },
  occupant_out_window_past: { status: 422, zh: '时间窗口已经过去', en: 'The window is already over' },
  received_at_in_future: { status: 422, zh: '接报时间不能晚于现在', en: 'The received-at time cannot be in the future' },
  received_at_too_old: { status: 422, zh: '接报时间不能早于 7 天前', en: 'The received-at time cannot be more than 7 days ago' },
  case_not_closable: { status: 422, zh: '案件尚不满足销项条件', en: 'The case cannot be closed yet' },
  void_reason_required: { status: 422, zh: '作废派工单必须填写原因', en: 'Voiding a work order needs a reason' },
  apology_required: { status: 422, zh: '延期前须先记录致歉', en: 'Record the apology before extending' },
  extension_not_later: { status: 422, zh: '新的期限必须晚于原期限', en: 'The new deadline must be later than the current one' },
  callback_not_due: { status: 422, zh: '案件尚未完成，不能回访', en: 'The case is not ready for a callback' },
  work_order_not_paid: { status: 422, zh: '该派工单为无偿维修，不能报价', en: 'The work order is free of charge' },
  charge_state: { status: 422, zh: '有偿维修收费当前状态不允许该操作', en: 'The charge is not in a state that allows this' },
  already_signed: { status: 409, zh: '该期间已签字确认', en: 'This period is already signed' },
  complaint_rate_not_exceeded: {
    status: 422,
    zh: '本季度投诉率未超过目标，无需整改报告',
    en: 'The complaint rate did not exceed the target this quarter',
  },
  retention_too_short: { status: 422, zh: '报修记录至少保存一年', en: 'Repair records are kept at least one year' },
  rating_not_due: { status: 422, zh: '案件处理完成后才能评价', en: 'Rate the case after it is resolved' },
  already_rated: { status: 409, zh: '您已评价过该案件', en: 'You have rated this case already' },
  case_not_emergency: { status: 422, zh: '该案件不是紧急事件，无需签认', en: 'The case is not an emergency; there is nothing to sign off' },
  already_signed_off: { status: 409, zh: '该紧急事件已签认', en: 'This emergency has been signed off already' },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

// ---------- S6, S9–S12 ----------

export const CHARGE_STATUSES = ['quoted', 'consented', 'declined', 'noticed', 'paid'] as const;
export type ChargeStatus = (typeof CHARGE_STATUSES)[number];
export const CONSENT_METHODS = ['portal', 'recorded'] as const;
export const CASE_REPORT_KINDS = ['daily_review', 'weekly_summary', 'monthly_review', 'complaints_monthly', 'complaint_rate'] as const;

/** S11 `settings.caseRetention` (defaults in the settings registry): repairs ≥ 1 year (seed 004 篇3 §7), complaints long-term (null = forever). */
export interface CaseRetention {
  repairYears: number;
  complaintYears: number | null;
}
export const MIN_REPAIR_RETENTION_YEARS = 1;

/** S5 dispatch modes per repair type: named engineer, grab (抢单, first to accept), round-robin (轮派). */
export const DISPATCH_MODES = ['assign', 'grab', 'rotate'] as const;
export type DispatchMode = (typeof DISPATCH_MODES)[number];
export const DISPATCH_RULE_EDITORS: readonly Role[] = ['admin', 'cs_supervisor'];
/** Work-order states that count as open work for an engineer's workload. */
/** Open cases by where they stand against their deadlines (the list's `sla` filter, the cockpit's counts). */
export const SLA_STATES = ['on_time', 'warning', 'breached', 'paused'] as const;
export type SlaStateFilter = (typeof SLA_STATES)[number];
export const OPEN_WORK_ORDER_STATUSES = ['issued', 'accepted', 'on_site'] as const;
/** A quarter for the batch close of unresolvable cases, e.g. 2026Q4. */
export const QUARTER_PATTERN = /^\d{4}Q[1-4]$/;
