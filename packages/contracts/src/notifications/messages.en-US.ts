/** The notification messages in English (en-US). */
import { CUP_TYPES, DEPARTMENT_LABELS } from '../meetings.ts';
import { yuan } from '../money.ts';
import type { ExecRequestKind } from '../front-desk/executive.ts';
import type { BookingEventKind, MeetingRef, MessageFormat, NoticeChange, NotificationCatalog, SlaAlertType } from './messages.ts';
import { MAIL_KIND_LABELS } from '../front-desk/mail.ts';

const EXEC_KIND_EN: Record<ExecRequestKind, string> = {
  hot_water: 'thermos change',
  tea: 'tea service',
  visitor: 'visitor appointment',
  meeting_prep: 'meeting preparation',
  cleaning: 'office cleaning',
  repair: 'repair',
  other: 'other service',
};
const SLA: Record<SlaAlertType, string> = {
  respond_warning: 'Response deadline near',
  respond_breach: 'Response deadline passed',
  resolve_warning: 'Resolution deadline near',
  resolve_breach: 'Resolution deadline passed',
  follow_up: 'Still open two hours after dispatch: follow up',
  follow_up_second: 'Still open at the end of the day: second follow-up',
};
const BOOKING: Record<BookingEventKind, string> = {
  requested: 'Room request awaiting approval',
  created: 'New booking',
  updated: 'Booking changed',
  approved: 'Room request approved',
  rejected: 'Room request declined',
  cancelled: 'Booking cancelled',
  expired: 'Room request expired',
};
const RATING = ['', 'very dissatisfied', 'dissatisfied', 'neutral', 'satisfied', 'very satisfied'];
const CHECK_LEVEL = [
  '',
  'the meeting staff lead’s first check',
  'the environment supervisor’s second check',
  'the service hotline’s third check',
];
const AV_PLAN =
  'AV emergency plan: switch to the spare equipment at once (spare microphones, batteries, sound source) and stay at the console; ' +
  'if it cannot be fixed before the meeting, call engineering, report to the project office and prepare another room; ' +
  'afterwards record the failure and report it.';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dept = (d: keyof typeof DEPARTMENT_LABELS) => DEPARTMENT_LABELS[d]?.en ?? d;
const meeting = (m: MeetingRef, f: MessageFormat) => `${m.number} ${m.name ? `${m.name} ` : ''}${m.venue} ${f.time(m.startAt)}`;
const late = (deadline: string | null, f: MessageFormat) =>
  deadline ? ` (sent later than the required 2 days ahead; deadline ${f.time(deadline)})` : '';
const hm = (iso: string, f: MessageFormat) => f.time(iso).slice(-5);
const md = (d: string) => `${MONTHS[Number(d.slice(5, 7)) - 1]} ${Number(d.slice(8, 10))}`;
const text = (title: string, body: string | null = null) => ({ title, body: body || null });
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function change(c: NoticeChange, f: MessageFormat): string {
  switch (c.field) {
    case 'time':
      return `Time: ${f.time(c.from[0])}–${f.time(c.from[1])} → ${f.time(c.to[0])}–${f.time(c.to[1])}`;
    case 'venue':
      return `Venue: ${c.from} → ${c.to}`;
    case 'attendees':
      return `Attendees: ${c.from} → ${c.to}`;
    case 'services':
      return 'Service requirements changed';
    case 'importance':
      return `Importance: ${CUP_TYPES[c.from]?.en ?? c.from} → ${CUP_TYPES[c.to]?.en ?? c.to}`;
    case 'layout':
      return `Layout: ${c.from ?? '-'} → ${c.to ?? '-'}`;
    case 'name':
      return 'Meeting name changed';
    case 'held':
      return 'The booking awaits approval again: preparation paused until the bureau approves';
    case 'task_added':
      return `Added: ${c.title}${c.quantity !== null ? ` ×${c.quantity}` : ''} (by ${f.time(c.dueAt)})`;
    case 'task_removed':
      return `Cancelled: ${c.title}`;
    case 'task_moved':
      return `Rescheduled: ${c.title} ${f.time(c.from)} → ${f.time(c.to)}`;
    case 'task_quantity':
      return `Quantity changed: ${c.title} ${c.from ?? '-'} → ${c.to ?? '-'}`;
  }
}

export const messagesEn: NotificationCatalog = {
  'case_report.daily_review': (p) =>
    text(`Review and sign: daily repairs & complaints ${p.period} (new ${p.new}, closed ${p.closed}, overdue ${p.overdue})`),
  'case_report.weekly_summary': (p) =>
    text(`Last week's repairs & complaints ${p.period}: ${plural(p.total, 'case')}, ${p.cannotProceed} cannot proceed`),
  'case_report.monthly_review': (p) => text(`Review the cases opened and closed in ${p.period} by the 5th`),
  'case_report.complaints_monthly': (p) =>
    text(`File the monthly complaint statistics for ${p.period} with analysis by the 30th (${plural(p.total, 'complaint')})`),
  'repair_charge.quoted': (p) => text(`Repair quote ${p.number}: ¥${yuan(p.amountFen)}, please confirm`),
  'repair_charge.noticed': (p) => text(`Payment notice ${p.number}: ¥${yuan(p.amountFen)}`),
  'case.reopened': (p) => text(`Follow-up call dissatisfied: case ${p.number} reopened`, p.comment),
  'case.tenant_dissatisfied': (p) => text(`Tenant dissatisfied with ${p.number}`, p.comment),
  'case.dispatched': (p) => text(`Please handle ${p.number}`, p.content),
  'case.emergency': (p) =>
    text(`Emergency ${p.caseKind === 'repair' ? 'repair' : 'complaint'} ${p.number}`, `${p.location ?? ''} ${p.content}`.trim()),
  'case.sla_alert': (p) => text(`${SLA[p.alert]}: ${p.number}`, p.content),
  'case.escalated': (p) => text(`Case ${p.number} escalated: ${SLA[p.alert].toLowerCase()}`, p.content),
  'work_order.issued': (p) => text(`Work order ${p.number}`, `${p.location ?? ''} ${p.content}`.trim()),
  'work_order.transferred': (p) => text(`Work order ${p.number} reassigned`, p.reason),
  'work_order.handed_back': (p) => text(`Work order ${p.number} handed back`, p.reason),
  'meetings.fee_statement_issued': (p) =>
    text(`Meeting fee statement ${p.number}`, `${p.meetingName}: total ¥${yuan(p.totalFen)}, please confirm`),
  'meetings.fee_statement_confirmed': (p) =>
    text(`Fee statement ${p.number} confirmed`, `${p.signerName ?? ''} (${p.online ? 'confirmed online' : 'signed on paper'})`),
  'meetings.fee_reminder': (p) =>
    text(`Meeting fees due: ${p.number}`, `${p.meetingName}: ¥${yuan(p.dueFen)} unpaid (reminder ${p.round})`),
  'meetings.purchase_requested': (p) =>
    text(`Meeting purchase request ${p.number}`, `${p.noticeNumber}: ${p.items.map((i) => `${i.name} ×${i.qty} ${i.unit}`).join(', ')}`),
  'meetings.assigned': (p) => text(`Meeting task assigned: ${p.noticeNumber}`, p.taskTitle),
  'meetings.department_ready': (p) => text(`${dept(p.department)} ready: ${p.noticeNumber}`, 'Please verify'),
  'meetings.task_overdue': (p, f) =>
    text(
      `Meeting tasks overdue: ${p.meeting.number} (${dept(p.department)})`,
      `${meeting(p.meeting, f)}\n${p.tasks.map((t) => `${t.title} (due ${f.time(t.dueAt)})`).join('\n')}`,
    ),
  'meetings.check_problem': (p) => text(`Level ${p.level} check found a problem: ${p.noticeNumber}`, p.finding),
  'meetings.check_missed': (p, f) =>
    text(
      `Level ${p.level} pre-meeting check not confirmed in time: ${p.meeting.number}`,
      `${meeting(p.meeting, f)}: ${CHECK_LEVEL[p.level] ?? `the level ${p.level} check`} was due by ${f.time(p.dueAt)}; please follow up`,
    ),
  'meetings.incident': (p) => text(`Equipment failure during ${p.noticeNumber}: start the emergency plan`, `${p.description}\n${AV_PLAN}`),
  'meetings.incident_escalated': (p, f) =>
    text(`Serious meeting incident: ${p.meeting.number}`, `${meeting(p.meeting, f)}: ${p.description}`),
  'meetings.survey_low': (p) =>
    text(
      `Low meeting satisfaction: ${p.noticeNumber}`,
      `${p.organizerUnit}: ${RATING[p.rating] ?? p.rating}${p.comment ? ` — ${p.comment}` : ''}`,
    ),
  'meetings.survey_invite': (p, f) =>
    text(
      `Meeting satisfaction survey ${p.meeting.number}`,
      `${p.meeting.name ? `${p.meeting.name} ` : ''}${p.meeting.venue} ${f.time(p.meeting.startAt)} has ended; please rate the meeting service (1–5)`,
    ),
  'meetings.notice_issued': (p, f) =>
    text(
      `Meeting service notice ${p.meeting.number}`,
      `${meeting(p.meeting, f)}: ${dept(p.department)}, ${plural(p.taskCount, 'task')}, first due ${f.time(p.firstDueAt)}${late(p.lateDeadline, f)}`,
    ),
  'meetings.notice_late': (p, f) =>
    text(`Service notice sent late: ${p.meeting.number}`, `${meeting(p.meeting, f)}${late(p.lateDeadline, f)}`),
  'meetings.notice_changed': (p, f) =>
    text(
      `Meeting service notice ${{ changed: 'changed', resumed: 'resumed', held: 'paused' }[p.state]}: ${p.meeting.number} (version ${p.version})`,
      [meeting(p.meeting, f), ...p.changes.map((c) => change(c, f))].join('\n'),
    ),
  'meetings.notice_cancelled': (p, f) =>
    text(
      `Meeting cancelled: ${p.meeting.number}`,
      `${meeting(p.meeting, f)}: ${plural(p.cancelledTasks, 'open task')} of your department cancelled`,
    ),
  'meetings.equipment_shortage': (p) =>
    text(
      `Equipment missing after the meeting: ${p.noticeNumber}`,
      p.items.map((e) => `${e.name}: expected ${e.expected}, counted ${e.counted}`).join('\n'),
    ),
  'meetings.handover': (p) =>
    text(`Meeting materials handed over: ${p.noticeNumber}`, `${p.description} ×${p.quantity} → ${p.recipientName}`),
  'meetings.lost_item': (p) =>
    text(`Lost property logged: ${p.number}`, `${p.item} (${p.foundPlace})${p.noticeNumber ? ` — ${p.noticeNumber}` : ''}`),
  'report.bureau_daily': (p) =>
    text(
      `Administrative center room bookings (${md(p.from)} – ${md(p.to)})`,
      `${p.from} to ${p.to}: ${plural(p.meetings, 'meeting')} (${p.requested} awaiting approval)`,
    ),
  'booking.event': (p, f) =>
    text(
      `${BOOKING[p.event]}: ${p.number}`,
      `${p.number} ${p.venue} ${f.time(p.startAt)}–${hm(p.endAt, f)}${p.topic ? ` ${p.topic}` : ''}${p.reason ? ` (${p.reason})` : ''}`,
    ),
  'booking.closure': (p, f) =>
    text(
      `Venue closed: booking ${p.number} ${{ moved: 'moved', cancelled: 'cancelled', kept: 'kept' }[p.resolution]}`,
      `${f.time(p.startAt)}–${f.time(p.endAt)} ${p.reason}`,
    ),
  'front_desk.executive_request': (p, f) =>
    text(
      `Executive floor: ${EXEC_KIND_EN[p.kind]} — ${p.executive}`,
      `${p.location ?? ''} due by ${f.time(p.dueAt)}${p.whenOut ? ' (only while the executive is out)' : ''}${p.detail ? `: ${p.detail}` : ''}`,
    ),
  'front_desk.executive_done': (p) => text(`Executive floor request done: ${EXEC_KIND_EN[p.kind]} — ${p.executive}`, `Done by ${p.by}`),
  'front_desk.thermos_round': (p, f) =>
    text(`Thermos change in ${p.count} executive office${p.count === 1 ? '' : 's'} today`, `Due by ${f.time(p.dueAt)}`),
  'frontdesk.message': (p, f) =>
    text(
      `${p.urgent ? '[Urgent] ' : ''}Message from the front desk: ${p.callerName}${p.callerCompany ? ` (${p.callerCompany})` : ''}`,
      `${p.content}\nTaken ${f.time(p.takenAt)}; please confirm it in "My messages"`,
    ),
  'frontdesk.messages_undelivered': (p, f) =>
    text(`${p.count} messages not delivered before the shift ends`, `Oldest: ${f.time(p.oldestAt)}`),
  'frontdesk.loan_overdue': (p, f) => text(`Loan overdue: ${p.item} x${p.quantity}`, `${p.borrower}, due ${f.time(p.dueAt)}`),
  'frontdesk.handover.unacknowledged': (p, f) =>
    text(
      `Handover not acknowledged: ${p.shift === 'day' ? 'day' : 'evening'} shift (${p.writtenBy})`,
      `Shift changed at ${f.time(p.shiftEnd)}; ${p.pending} item(s) still not acknowledged`,
    ),
  'frontdesk.handover.missing': (p, f) =>
    text(
      `No handover written: ${p.shift === 'day' ? 'day' : 'evening'} shift`,
      `The shift from ${f.time(p.shiftStart)} to ${f.time(p.shiftEnd)} has no handover an hour after the change`,
    ),
  'inspections.round_missed': (p, f) =>
    text(`Round missed: ${p.plan} (${p.area})`, `${p.assignee ?? 'Unassigned'}; not started by the window's end at ${f.time(p.windowEnd)}`),
  'inspections.round_late': (p, f) =>
    text(
      `Round completed late: ${p.plan} (${p.area})`,
      `${p.assignee ?? 'Unassigned'} completed it at ${f.time(p.completedAt)}; the window ended ${f.time(p.windowEnd)}`,
    ),
  'tenants.application_decided': (p) =>
    text(
      `${{ move_in: 'Move-in application', move_out: 'Move-out application', fit_out: 'Fit-out application' }[p.kind]} ${p.number}: ${{ approved: 'approved', rejected: 'not approved', accepted: 'accepted on inspection', failed: 'failed the inspection' }[p.decision]}`,
      p.note,
    ),
  'billing.month_to_sign': (p) =>
    text(
      `${p.month} receivables await your signature`,
      `Step: ${p.step === 'cs_manager' ? 'CS manager' : p.step === 'general_manager' ? 'general manager' : 'finance manager'}; total receivable ¥${(p.totalFen / 100).toFixed(2)}`,
    ),
  'tenants.visit_reminder': (p, f) =>
    text(`Visit tomorrow: ${p.company}`, `${f.time(p.plannedAt)} with ${p.contact}; topics: ${p.topics.join('; ')}`),
  'quality.hygiene.due': (p) =>
    text(
      `Hygiene inspections due: ${p.level === 'team' ? 'team' : p.level === 'area' ? 'area' : 'department'} level`,
      `Period ${p.periodStart} to ${p.periodEnd}: ${plural(p.areas, 'area')} still to inspect`,
    ),
  'mail.arrived': (p) =>
    text(
      `${p.urgent ? 'Important mail arrived' : 'Mail waiting for you'}: ${MAIL_KIND_LABELS[p.kind].en} ${p.number}`,
      `${plural(p.pieces, 'piece')} in box ${p.pigeonhole}; collect it at the mail room against your signature`,
    ),
  'mail.refused_damaged': (p) =>
    text(
      `Damaged item not signed for: ${MAIL_KIND_LABELS[p.kind].en} ${p.number}`,
      `${p.carrier ? `${p.carrier}; ` : ''}please contact the mail room`,
    ),
  'mail.reminder': (p, f) =>
    text(
      `Reminder: mail not collected ${p.number}`,
      `${MAIL_KIND_LABELS[p.kind].en}, arrived ${f.time(p.receivedAt)}, in box ${p.pigeonhole}`,
    ),
  'mail.unknown_daily': (p) =>
    text(`Undeliverable mail (${p.day})`, `${plural(p.count, 'item')} without a known recipient; please check them`),
  'visitor.consent_request': (p) =>
    text(
      `A visitor asks to see you: ${p.visitorName}`,
      `${p.visitorName}${p.company ? ` (${p.company})` : ''}${p.partySize > 1 ? `, party of ${p.partySize}` : ''} is waiting at the front desk: accept, decline or come down to meet (${p.number})`,
    ),
  'visitor.held': (p) =>
    text(`Watch list hold: ${p.visitorName}`, `Visiting ${p.hostName} (${p.number}): ${p.reason}. A supervisor decides whether to admit.`),
  'visitor.sign_out_overdue': (p) =>
    text(
      `${plural(p.count, 'visitor')} not signed out`,
      `${p.names.slice(0, 10).join(', ')}${p.count > 10 ? ' and others' : ''}: check whether they have left the building.`,
    ),
  'inspection.finding_to_fix': (p) => text(`Patrol finding to fix: ${p.checkpoint}`, `${p.item}${p.note ? `: ${p.note}` : ''}`),
  'inspection.finding_fixed': (p) => text(`Finding fixed, please re-inspect: ${p.checkpoint}`, `${p.item}${p.note ? `: ${p.note}` : ''}`),
  'inspection.finding_failed_again': (p) =>
    text(`Re-inspection failed, fix again: ${p.checkpoint}`, `${p.item}${p.note ? `: ${p.note}` : ''}`),
  'guestrooms.stranger_reported': (p, f) =>
    text(
      `Stranger on a guest floor: ${p.building} ${p.floor}${p.place ? ` ${p.place}` : ''}`,
      `Seen ${f.time(p.seenAt)}: ${p.description} (reported by ${p.reporter}). Security, please go and look.`,
    ),
  'guestrooms.out_of_order': (p) => text(`Guest room out of order: ${p.room}`, `Reason: ${p.reason}. Engineering, please repair it.`),
  'paidservices.suspicious_report': (p) =>
    text(
      `Suspicious ${p.kind === 'fax' ? 'fax' : p.kind === 'copy' ? 'copy' : 'print-out'} at the business center`,
      `Reported by ${p.reporter}: ${p.description}`,
    ),
  'paidservices.fax_unknown': (p) =>
    text(
      p.situation === 'moved_out'
        ? `Fax for a company that moved out: ${p.recipient || 'no recipient'}`
        : `Fax awaiting a recipient: ${p.recipient || 'no recipient'}`,
      `${p.unit ? `Unit ${p.unit}, ` : ''}${plural(p.pages, 'page')}. Please help find the recipient.`,
    ),
  'paidservices.fax_guest_note': (p) =>
    text(
      `Fax for a guest not yet arrived: ${p.recipient}`,
      `${plural(p.pages, 'page')}; tell the guest on arrival to collect it at the business center.`,
    ),
  'paidservices.fax_filed': (p, f) =>
    text(
      `Fax filed: ${p.recipient || 'no recipient'}`,
      `Received ${f.time(p.receivedAt)}, ${plural(p.pages, 'page')}${p.unit ? ` (${p.unit})` : ''}; nobody found, filed.`,
    ),
  'laundry.collect_overdue': (p, f) =>
    text(
      `Laundry not collected in time: ${p.company}${p.unit ? ` ${p.unit}` : ''}`,
      `Phoned at ${f.time(p.calledAt)}; not collected within ${p.minutes} minutes — chase the laundry.`,
    ),
  'meals.menu_published': (p) => text(`Next week's menu is out (from ${p.weekStart})`, `${p.dishes} dishes; order in the portal.`),
  'meals.redo': (p) => text(`Meal failed the check, redo ordered: ${p.company}${p.unit ? ` ${p.unit}` : ''}`, p.note),
  'paidservices.reminder': (p) =>
    text(
      {
        evaluation: "Write the supplier's monthly evaluation",
        menu: "Agree next week's menu with the caterer",
        opinions: "Ask tenants' opinions on the meals",
      }[p.what],
      `Due ${p.due}`,
    ),
  'billing.notice_issued': (p) => text(`Payment notice ${p.number} (${p.month})`, `¥${yuan(p.amountFen)} due by ${p.dueOn}`),
  'billing.notice_undelivered': (p) =>
    text(`${p.count} payment notices not delivered`, `Due for delivery by ${p.deliverBy}: print, deliver and record them`),
  'billing.dunning_reminder': (p) =>
    text(`Payment reminder: ${p.number} (${p.month})`, `¥${yuan(p.outstandingFen)} outstanding, due ${p.dueOn}; please pay soon`),
  'billing.dunning_notice': (p) =>
    text(`Print and deliver the dunning letter: ${p.company}`, `${p.number}: ¥${yuan(p.outstandingFen)} outstanding`),
  'billing.dunning_visit': (p) =>
    text(`Dunning visit: ${p.company}`, `${p.number}: ¥${yuan(p.outstandingFen)} outstanding; visit and record the outcome`),
  'billing.dunning_escalation': (p) =>
    text(`Arrears escalated: ${p.company}`, `${p.number} is ${p.daysPastDue} days overdue, ¥${yuan(p.outstandingFen)} outstanding`),
  'billing.reports_ready': (p) =>
    text(`Received and arrears tables of ${p.month}`, `Received ¥${yuan(p.receivedFen)}, outstanding ¥${yuan(p.outstandingFen)}`),
  'event.brief': (p, f) => text(`Event brief: ${p.event}`, `${p.fromGroup}: ${p.subject}${p.dueAt ? ` (by ${f.time(p.dueAt)})` : ''}`),
  'event.assigned': (p) =>
    text(
      `You joined the event team: ${p.event}`,
      `${p.group}${p.leader ? ' (leader)' : ''}; the event starts ${p.startsOn}. Please read your group's duties.`,
    ),
  'event.invitation': (p) =>
    text(
      `Invitation: ${p.event}`,
      `Dear ${p.name}, you are invited to ${p.event} (${p.startsOn} to ${p.endsOn}). Please register here: ${p.link}`,
    ),
  'event.invitation_reminder': (p) =>
    text(`Registration reminder: ${p.event}`, `Dear ${p.name}, registration closes on ${p.closesOn}. Please answer here: ${p.link}`),
  'event.pickup': (p, f) =>
    text(
      `Your pick-up: ${p.event}`,
      `Dear ${p.name}, you will be met at ${p.place} at ${f.time(p.at)}: vehicle ${p.vehicle}, driver ${p.driver}${p.driverPhone ? ` (${p.driverPhone})` : ''}.`,
    ),
  'event.dispatch': (p, f) => text(`Dispatch: ${p.event}`, `${p.vehicle} ${f.time(p.at)} ${p.from} → ${p.to}, ${p.guests} passengers.`),
  'event.dispatch_changed': (p, f) =>
    text(`Dispatch changed: ${p.event}`, `Now ${p.vehicle} ${f.time(p.at)} ${p.from} → ${p.to}, ${p.guests} passengers.`),
  'event.checkin_list': (p) =>
    text(
      `Check-in list (version ${p.version}): ${p.event}`,
      `${p.hotel}: ${p.rooms} rooms, ${p.guests} guests, checking in from ${p.checkInOn}. The list (Excel): ${p.link}`,
    ),
  'event.block_release': (p) =>
    text(`Room block about to be released: ${p.hotel}`, `${p.event}: ${p.nights} room nights unassigned; held until ${p.releaseOn}.`),
  'event.catering_counts': (p) =>
    text(
      `Meal counts: ${p.event}`,
      `${p.day} ${{ tea: 'tea break', breakfast: 'breakfast', lunch: 'lunch', dinner: 'dinner' }[p.meal] ?? p.meal}: ${p.count} people. Please tell the caterer.`,
    ),
  'event.budget_submitted': (p) => text(`Event budget to approve: ${p.event}`, `Version ${p.version}, total ¥${yuan(p.totalFen)}`),
  'event.budget_approved': (p) => text(`Event budget approved: ${p.event}`, `Version ${p.version}, total ¥${yuan(p.totalFen)}`),
  'event.inspection_findings': (p) => text(`Preparation check found gaps: ${p.event}`, `${p.open} items still to fix.`),
  'event.record_handed_over': (p) => text(`Event record handed over: ${p.event}`, `${p.files} minutes, photos, audio and video files.`),
  'event.survey': (p) =>
    text(`Survey: ${p.event}`, `Dear ${p.name}, thank you for attending. Please rate our service in one minute: ${p.link}`),
  'event.summary_filed': (p) =>
    text(`Event work summary filed: ${p.event}`, 'Registrations, attendance, budget against actuals and the survey results are in it.'),
};
