/**
 * Notifications as a message key with parameters (not stored text): the server stores
 * {messageKey, params} and renders them in the recipient's language for e-mail/SMS; the web renders
 * them in the reader's language. One catalog per language (messages.zh-CN.ts, messages.en-US.ts),
 * shared by both sides so they read the same. Parameters are values the reader's side formats:
 * instants as ISO strings (shown in the property's time zone), money in fen, enum codes, names.
 */
import type { CaseKind } from '../cases.ts';
import type { Department } from '../meetings.ts';
import type { Importance } from '../bookings.ts';
import type { ExecRequestKind } from '../front-desk/executive.ts';
import type { MailKind } from '../front-desk/mail.ts';

/** A meeting as a notification names it; `name` null for a closed (confidential) meeting. */
export interface MeetingRef {
  number: string;
  name: string | null;
  venue: string;
  startAt: string;
}

export const SLA_ALERT_TYPES = [
  'respond_warning',
  'respond_breach',
  'resolve_warning',
  'resolve_breach',
  'follow_up',
  'follow_up_second',
] as const;
export type SlaAlertType = (typeof SLA_ALERT_TYPES)[number];

export const BOOKING_EVENTS = ['requested', 'created', 'updated', 'approved', 'rejected', 'cancelled', 'expired'] as const;
export type BookingEventKind = (typeof BOOKING_EVENTS)[number];

/** One change of a service notice's content, for the departments to read. */
export type NoticeChange =
  | { field: 'time'; from: [string, string]; to: [string, string] }
  | { field: 'venue'; from: string; to: string }
  | { field: 'attendees'; from: number; to: number }
  | { field: 'services' }
  | { field: 'importance'; from: Importance; to: Importance }
  | { field: 'layout'; from: string | null; to: string | null }
  | { field: 'name' }
  | { field: 'held' }
  | { field: 'task_added'; title: string; quantity: number | null; dueAt: string }
  | { field: 'task_removed'; title: string }
  | { field: 'task_moved'; title: string; from: string; to: string }
  | { field: 'task_quantity'; title: string; from: number | null; to: number | null };

/** Every message key and its parameters. */
export interface NotificationParams {
  'case_report.daily_review': { period: string; new: number; closed: number; overdue: number };
  'case_report.weekly_summary': { period: string; total: number; cannotProceed: number };
  'case_report.monthly_review': { period: string };
  'case_report.complaints_monthly': { period: string; total: number };
  'repair_charge.quoted': { number: string; amountFen: number };
  'repair_charge.noticed': { number: string; amountFen: number };
  'case.reopened': { number: string; comment: string | null };
  'case.tenant_dissatisfied': { number: string; comment: string | null };
  'case.dispatched': { number: string; content: string };
  'case.emergency': { number: string; caseKind: CaseKind; location: string | null; content: string };
  'case.sla_alert': { number: string; alert: SlaAlertType; content: string };
  'case.escalated': { number: string; alert: SlaAlertType; content: string };
  'work_order.issued': { number: string; location: string | null; content: string };
  'work_order.transferred': { number: string; reason: string };
  'work_order.handed_back': { number: string; reason: string };
  'meetings.fee_statement_issued': { number: string; meetingName: string; totalFen: number };
  'meetings.fee_statement_confirmed': { number: string; signerName: string | null; online: boolean };
  'meetings.fee_reminder': { number: string; meetingName: string; dueFen: number; round: number };
  'meetings.purchase_requested': { number: string; noticeNumber: string; items: { name: string; qty: number; unit: string }[] };
  'meetings.assigned': { noticeNumber: string; taskTitle: string };
  'meetings.department_ready': { noticeNumber: string; department: Department };
  'meetings.task_overdue': { meeting: MeetingRef; department: Department; tasks: { title: string; dueAt: string }[] };
  'meetings.check_problem': { noticeNumber: string; level: number; finding: string | null };
  'meetings.check_missed': { meeting: MeetingRef; level: number; dueAt: string };
  'meetings.incident': { noticeNumber: string; description: string };
  'meetings.incident_escalated': { meeting: MeetingRef; description: string };
  'meetings.survey_low': { noticeNumber: string; organizerUnit: string; rating: number; comment: string | null };
  'meetings.survey_invite': { meeting: MeetingRef };
  'meetings.notice_issued': {
    meeting: MeetingRef;
    department: Department;
    taskCount: number;
    firstDueAt: string;
    lateDeadline: string | null;
  };
  'meetings.notice_late': { meeting: MeetingRef; lateDeadline: string | null };
  'meetings.notice_changed': { meeting: MeetingRef; version: number; state: 'changed' | 'resumed' | 'held'; changes: NoticeChange[] };
  'meetings.notice_cancelled': { meeting: MeetingRef; cancelledTasks: number };
  'meetings.equipment_shortage': { noticeNumber: string; items: { name: string; expected: number; counted: number }[] };
  'meetings.handover': { noticeNumber: string; description: string; quantity: number; recipientName: string };
  'meetings.lost_item': { number: string; item: string; foundPlace: string; noticeNumber: string | null };
  'report.bureau_daily': { from: string; to: string; meetings: number; requested: number };
  'booking.event': {
    event: BookingEventKind;
    number: string;
    venue: string;
    startAt: string;
    endAt: string;
    topic: string | null;
    reason: string | null;
  };
  'booking.closure': { number: string; resolution: 'moved' | 'cancelled' | 'kept'; startAt: string; endAt: string; reason: string };
  'front_desk.executive_request': {
    executive: string;
    location: string | null;
    kind: ExecRequestKind;
    detail: string | null;
    dueAt: string;
    whenOut: boolean;
  };
  'front_desk.executive_done': { executive: string; kind: ExecRequestKind; by: string };
  'front_desk.thermos_round': { count: number; dueAt: string };
  'frontdesk.message': { callerName: string; callerCompany: string | null; content: string; urgent: boolean; takenAt: string };
  'frontdesk.messages_undelivered': { count: number; oldestAt: string };
  'frontdesk.loan_overdue': { item: string; quantity: number; borrower: string; dueAt: string };
  'frontdesk.handover.unacknowledged': { shift: 'day' | 'evening'; writtenBy: string; pending: number; shiftEnd: string };
  'frontdesk.handover.missing': { shift: 'day' | 'evening'; shiftStart: string; shiftEnd: string };
  'inspections.round_missed': { plan: string; area: string; assignee: string | null; windowEnd: string };
  'inspections.round_late': { plan: string; area: string; assignee: string | null; windowEnd: string; completedAt: string };
  'tenants.application_decided': {
    number: string;
    kind: 'move_in' | 'move_out' | 'fit_out';
    decision: 'approved' | 'rejected' | 'accepted' | 'failed';
    note: string | null;
  };
  'tenants.visit_reminder': { company: string; plannedAt: string; contact: string; topics: string[] };
  'billing.month_to_sign': { month: string; step: 'cs_manager' | 'general_manager' | 'finance_manager'; totalFen: number };
  'quality.hygiene.due': { level: 'team' | 'area' | 'department'; periodStart: string; periodEnd: string; areas: number };
  'mail.arrived': { number: string; kind: MailKind; pieces: number; pigeonhole: string; urgent: boolean };
  'mail.refused_damaged': { number: string; kind: MailKind; carrier: string | null };
  'mail.reminder': { number: string; kind: MailKind; pigeonhole: string; receivedAt: string };
  'mail.unknown_daily': { day: string; count: number };
  'visitor.consent_request': { number: string; visitorName: string; company: string | null; partySize: number };
  'visitor.held': { number: string; visitorName: string; hostName: string; reason: string };
  'visitor.sign_out_overdue': { count: number; names: string[] };
  'inspection.finding_to_fix': { checkpoint: string; item: string; note: string | null };
  'inspection.finding_fixed': { checkpoint: string; item: string; note: string | null };
  'inspection.finding_failed_again': { checkpoint: string; item: string; note: string | null };
  'guestrooms.stranger_reported': {
    building: string;
    floor: string;
    place: string | null;
    seenAt: string;
    description: string;
    reporter: string;
  };
  'guestrooms.out_of_order': { room: string; reason: string };
  'paidservices.suspicious_report': { kind: 'fax' | 'copy' | 'print'; description: string; reporter: string };
  'paidservices.fax_unknown': { recipient: string; unit: string | null; pages: number; situation: 'normal' | 'not_arrived' | 'moved_out' };
  'paidservices.fax_guest_note': { recipient: string; pages: number };
  'paidservices.fax_filed': { recipient: string; unit: string | null; pages: number; receivedAt: string };
  'laundry.collect_overdue': { company: string; unit: string | null; calledAt: string; minutes: number };
  'meals.menu_published': { weekStart: string; dishes: number };
  'meals.redo': { company: string; unit: string | null; note: string | null };
  'paidservices.reminder': { what: 'evaluation' | 'menu' | 'opinions'; due: string };
  'billing.notice_issued': { number: string; month: string; amountFen: number; dueOn: string };
  'billing.notice_undelivered': { count: number; deliverBy: string };
  'billing.dunning_reminder': { number: string; month: string; outstandingFen: number; dueOn: string };
  'billing.dunning_notice': { company: string; number: string; outstandingFen: number };
  'billing.dunning_visit': { company: string; number: string; outstandingFen: number };
  'billing.dunning_escalation': { company: string; number: string; outstandingFen: number; daysPastDue: number };
  'billing.reports_ready': { month: string; receivedFen: number; outstandingFen: number };
  'event.brief': { event: string; fromGroup: string; subject: string; dueAt: string | null };
  'event.assigned': { event: string; group: string; leader: boolean; startsOn: string };
  'event.invitation': { event: string; name: string; startsOn: string; endsOn: string; link: string };
  'event.invitation_reminder': { event: string; name: string; closesOn: string; link: string };
  'event.pickup': { event: string; name: string; at: string; place: string; vehicle: string; driver: string; driverPhone: string | null };
  'event.dispatch': { event: string; vehicle: string; at: string; from: string; to: string; guests: number };
  'event.dispatch_changed': { event: string; vehicle: string; at: string; from: string; to: string; guests: number };
  'event.block_release': { event: string; hotel: string; nights: number; releaseOn: string };
  'event.checkin_list': { event: string; hotel: string; version: number; rooms: number; guests: number; checkInOn: string; link: string };
  'event.catering_counts': { event: string; day: string; meal: string; count: number };
  'event.budget_submitted': { event: string; version: number; totalFen: number };
  'event.budget_approved': { event: string; version: number; totalFen: number };
  'event.inspection_findings': { event: string; open: number };
  'event.record_handed_over': { event: string; files: number };
  'event.survey': { event: string; name: string; link: string };
  'event.summary_filed': { event: string };
}
export type NotificationKey = keyof NotificationParams;

/** What a call site hands to notify(): a key and its parameters, checked together. */
export type NotificationMessage = { [K in NotificationKey]: { key: K; params: NotificationParams[K] } }[NotificationKey];

/** How the reader's side formats values: instants in the property's zone. */
export interface MessageFormat {
  /** an ISO instant → 'YYYY-MM-DD HH:mm' (or shorter) in the property's time zone */
  time: (iso: string) => string;
}

export interface RenderedMessage {
  title: string;
  body: string | null;
}

/** One language's catalog: a renderer per key. */
export type NotificationCatalog = { [K in NotificationKey]: (p: NotificationParams[K], f: MessageFormat) => RenderedMessage };
