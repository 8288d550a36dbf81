import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NoticeChange, NotificationKey, NotificationMessage, NotificationParams } from './messages.ts';
import { NOTIFICATION_CATALOGS, renderMessage, renderStored } from './render.ts';

const meeting = { number: 'HY-TZ-2026-000001', name: 'Budget meeting', venue: 'Hall A', startAt: '2026-06-04T06:00:00.000Z' };
const changes: NoticeChange[] = [
  {
    field: 'time',
    from: ['2026-06-04T06:00:00.000Z', '2026-06-04T08:00:00.000Z'],
    to: ['2026-06-05T06:00:00.000Z', '2026-06-05T08:00:00.000Z'],
  },
  { field: 'venue', from: 'Hall A', to: 'Hall B' },
  { field: 'attendees', from: 20, to: 30 },
  { field: 'services' },
  { field: 'importance', from: 'ordinary', to: 'important' },
  { field: 'layout', from: 'theater', to: null },
  { field: 'name' },
  { field: 'held' },
  { field: 'task_added', title: 'Tea', quantity: 3, dueAt: '2026-06-04T05:00:00.000Z' },
  { field: 'task_removed', title: 'Flowers' },
  { field: 'task_moved', title: 'Mics', from: '2026-06-04T05:00:00.000Z', to: '2026-06-05T05:00:00.000Z' },
  { field: 'task_quantity', title: 'Cups', from: 10, to: null },
];

/** One sample of every key's params (the type makes it complete); values in ASCII so the English text must be all-English. */
const SAMPLES: NotificationParams = {
  'case_report.daily_review': { period: '2026-06-03', new: 4, closed: 3, overdue: 1 },
  'case_report.weekly_summary': { period: '2026-W23', total: 12, cannotProceed: 1 },
  'case_report.monthly_review': { period: '2026-05' },
  'case_report.complaints_monthly': { period: '2026-05', total: 2 },
  'repair_charge.quoted': { number: 'WO-1', amountFen: 12345 },
  'repair_charge.noticed': { number: 'PN-1', amountFen: 5 },
  'case.reopened': { number: 'C-1', comment: 'still leaking' },
  'case.tenant_dissatisfied': { number: 'C-1', comment: null },
  'case.dispatched': { number: 'C-1', content: 'Leak on 3F' },
  'case.emergency': { number: 'C-1', caseKind: 'repair', location: '3F', content: 'Flood' },
  'case.sla_alert': { number: 'C-1', alert: 'respond_warning', content: 'Leak' },
  'case.escalated': { number: 'C-1', alert: 'resolve_breach', content: 'Leak' },
  'work_order.issued': { number: 'WO-1', location: null, content: 'Fix the tap' },
  'work_order.transferred': { number: 'WO-1', reason: 'On leave' },
  'work_order.handed_back': { number: 'WO-1', reason: 'Wrong trade' },
  'meetings.fee_statement_issued': { number: 'FS-1', meetingName: 'Budget meeting', totalFen: 150000 },
  'meetings.fee_statement_confirmed': { number: 'FS-1', signerName: 'Li Lei', online: true },
  'meetings.fee_reminder': { number: 'FS-1', meetingName: 'Budget meeting', dueFen: 50000, round: 2 },
  'meetings.purchase_requested': { number: 'PR-1', noticeNumber: 'SN-1', items: [{ name: 'Water', qty: 2, unit: 'box' }] },
  'meetings.assigned': { noticeNumber: 'SN-1', taskTitle: 'Set the tables' },
  'meetings.department_ready': { noticeNumber: 'SN-1', department: 'cleaning' },
  'meetings.task_overdue': { meeting, department: 'security', tasks: [{ title: 'Open the gate', dueAt: '2026-06-04T05:30:00.000Z' }] },
  'meetings.check_problem': { noticeNumber: 'SN-1', level: 2, finding: 'Mic dead' },
  'meetings.check_missed': { meeting: { ...meeting, name: null }, level: 3, dueAt: '2026-06-04T05:30:00.000Z' },
  'meetings.incident': { noticeNumber: 'SN-1', description: 'Projector off' },
  'meetings.incident_escalated': { meeting, description: 'Power cut' },
  'meetings.survey_low': { noticeNumber: 'SN-1', organizerUnit: 'Finance bureau', rating: 2, comment: 'Cold tea' },
  'meetings.survey_invite': { meeting },
  'meetings.notice_issued': {
    meeting,
    department: 'engineering_av',
    taskCount: 3,
    firstDueAt: '2026-06-04T04:00:00.000Z',
    lateDeadline: '2026-06-02T09:30:00.000Z',
  },
  'meetings.notice_late': { meeting, lateDeadline: '2026-06-02T09:30:00.000Z' },
  'meetings.notice_changed': { meeting, version: 3, state: 'changed', changes },
  'meetings.notice_cancelled': { meeting, cancelledTasks: 1 },
  'meetings.equipment_shortage': { noticeNumber: 'SN-1', items: [{ name: 'Mic', expected: 4, counted: 3 }] },
  'meetings.handover': { noticeNumber: 'SN-1', description: 'Minutes', quantity: 2, recipientName: 'Wang Fang' },
  'meetings.lost_item': { number: 'LP-1', item: 'Umbrella', foundPlace: 'Hall A', noticeNumber: 'SN-1' },
  'report.bureau_daily': { from: '2026-06-02', to: '2026-06-03', meetings: 5, requested: 1 },
  'booking.event': {
    event: 'requested',
    number: 'B-1',
    venue: 'Hall A',
    startAt: '2026-06-04T06:00:00.000Z',
    endAt: '2026-06-04T08:00:00.000Z',
    topic: 'Budget',
    reason: 'Moved',
  },
  'booking.closure': {
    number: 'B-1',
    resolution: 'moved',
    startAt: '2026-06-04T00:00:00.000Z',
    endAt: '2026-06-05T00:00:00.000Z',
    reason: 'Repairs',
  },
  'front_desk.executive_request': {
    executive: 'Wang Liqun',
    location: 'Main building 20F 2001',
    kind: 'cleaning',
    detail: null,
    dueAt: '2026-06-04T06:00:00.000Z',
    whenOut: true,
  },
  'front_desk.executive_done': { executive: 'Wang Liqun', kind: 'hot_water', by: 'Huang Lijuan' },
  'front_desk.thermos_round': { count: 4, dueAt: '2026-06-04T00:30:00.000Z' },
  'frontdesk.message': { callerName: 'Li', callerCompany: 'ACME', content: 'Call back', urgent: true, takenAt: '2026-06-04T00:00:00.000Z' },
  'frontdesk.messages_undelivered': { count: 2, oldestAt: '2026-06-04T00:00:00.000Z' },
  'frontdesk.loan_overdue': { item: 'Umbrella', quantity: 1, borrower: 'Li', dueAt: '2026-06-04T00:00:00.000Z' },
  'frontdesk.handover.unacknowledged': { shift: 'evening', writtenBy: 'Yang', pending: 2, shiftEnd: '2026-06-04T00:00:00.000Z' },
  'frontdesk.handover.missing': { shift: 'day', shiftStart: '2026-06-04T00:00:00.000Z', shiftEnd: '2026-06-04T09:00:00.000Z' },
  'inspections.round_missed': { plan: 'Washrooms', area: 'Tower A', assignee: 'Song', windowEnd: '2026-06-04T02:00:00.000Z' },
  'inspections.round_late': {
    plan: 'Washrooms',
    area: 'Tower A',
    assignee: null,
    windowEnd: '2026-06-04T02:00:00.000Z',
    completedAt: '2026-06-04T02:30:00.000Z',
  },
  'tenants.application_decided': { number: 'ZX-2026-0001', kind: 'fit_out', decision: 'approved', note: 'Keep the corridor clear' },
  'tenants.visit_reminder': { company: 'Acme', plannedAt: '2026-06-04T02:00:00.000Z', contact: 'Li', topics: ['Air conditioning'] },
  'billing.month_to_sign': { month: '2026-11', step: 'general_manager', totalFen: 123456 },
  'quality.hygiene.due': { level: 'area', periodStart: '2026-06-01', periodEnd: '2026-06-15', areas: 3 },
  'mail.arrived': { number: 'SJ-20260603-001', kind: 'parcel', pieces: 2, pigeonhole: 'C', urgent: true },
  'mail.refused_damaged': { number: 'SJ-20260603-002', kind: 'express', carrier: 'SF' },
  'mail.reminder': { number: 'SJ-20260603-001', kind: 'parcel', pigeonhole: 'C', receivedAt: '2026-06-03T01:00:00.000Z' },
  'mail.unknown_daily': { day: '2026-06-03', count: 3 },
  'visitor.consent_request': { number: 'FK-1', visitorName: 'Zhang Wei', company: 'Acme', partySize: 2 },
  'visitor.held': { number: 'FK-2', visitorName: 'Zhang San', hostName: 'Chen Jing', reason: 'Banned' },
  'visitor.sign_out_overdue': { count: 2, names: ['Zhang Wei', 'Li Na'] },
  'inspection.finding_to_fix': { checkpoint: 'Washroom 1F', item: 'Floor dry', note: 'Water under the sink' },
  'inspection.finding_fixed': { checkpoint: 'Washroom 1F', item: 'Floor dry', note: null },
  'inspection.finding_failed_again': { checkpoint: 'Washroom 1F', item: 'Floor dry', note: 'Still wet' },
  'guestrooms.stranger_reported': {
    building: 'North',
    floor: '8F',
    place: 'Lift lobby',
    seenAt: '2026-06-04T05:00:00.000Z',
    description: 'Man in grey coat',
    reporter: 'Attendant',
  },
  'guestrooms.out_of_order': { room: 'North 805', reason: 'AC broken' },
  'paidservices.suspicious_report': { kind: 'fax', description: 'Unsigned letter', reporter: 'Li' },
  'paidservices.fax_unknown': { recipient: '', unit: null, pages: 2, situation: 'normal' },
  'paidservices.fax_guest_note': { recipient: 'Wang', pages: 1 },
  'paidservices.fax_filed': { recipient: 'Zhang', unit: '0501', pages: 3, receivedAt: '2026-06-04T05:00:00.000Z' },
  'laundry.collect_overdue': { company: 'Acme', unit: '0501', calledAt: '2026-06-04T02:00:00.000Z', minutes: 30 },
  'meals.menu_published': { weekStart: '2026-06-08', dishes: 12 },
  'meals.redo': { company: 'Acme', unit: null, note: 'Cold rice' },
  'paidservices.reminder': { what: 'evaluation', due: '2026-06-25' },
  'billing.notice_issued': { number: 'JF-202611-001', month: '2026-11', amountFen: 123456, dueOn: '2026-12-15' },
  'billing.notice_undelivered': { count: 3, deliverBy: '2026-12-05' },
  'billing.dunning_reminder': { number: 'JF-202611-001', month: '2026-11', outstandingFen: 5000, dueOn: '2026-12-15' },
  'billing.dunning_notice': { company: 'ACME', number: 'JF-202611-001', outstandingFen: 5000 },
  'billing.dunning_visit': { company: 'ACME', number: 'JF-202611-001', outstandingFen: 5000 },
  'billing.dunning_escalation': { company: 'ACME', number: 'JF-202611-001', outstandingFen: 5000, daysPastDue: 31 },
  'billing.reports_ready': { month: '2026-11', receivedFen: 100, outstandingFen: 5 },
  'event.brief': { event: 'Conf', fromGroup: 'Secretariat', subject: 'Hotel list ready', dueAt: '2026-06-04T02:00:00.000Z' },
  'event.assigned': { event: 'Conf', group: 'Logistics', leader: true, startsOn: '2026-06-10' },
  'event.invitation': { event: 'Conf', name: 'Wang', startsOn: '2026-06-10', endsOn: '2026-06-11', link: 'https://x/e/abc' },
  'event.invitation_reminder': { event: 'Conf', name: 'Wang', closesOn: '2026-06-07', link: 'https://x/e/abc' },
  'event.pickup': {
    event: 'Conf',
    name: 'Wang',
    at: '2026-06-09T06:00:00.000Z',
    place: 'North station',
    vehicle: 'B12345',
    driver: 'Li',
    driverPhone: '138',
  },
  'event.dispatch': { event: 'Conf', vehicle: 'B12345', at: '2026-06-09T06:00:00.000Z', from: 'Station', to: 'Hotel', guests: 12 },
  'event.dispatch_changed': {
    event: 'Conf',
    vehicle: 'B12345',
    at: '2026-06-09T06:00:00.000Z',
    from: 'Station',
    to: 'Hotel',
    guests: 13,
  },
  'event.block_release': { event: 'Conf', hotel: 'Hotel A', nights: 4, releaseOn: '2026-06-05' },
  'event.checkin_list': { event: 'Conf', hotel: 'Hotel A', version: 1, rooms: 3, guests: 5, checkInOn: '2026-06-03', link: 'https://x/y' },
  'event.catering_counts': { event: 'Conf', day: '2026-06-10', meal: 'lunch', count: 120 },
  'event.budget_submitted': { event: 'Conf', version: 2, totalFen: 1234500 },
  'event.budget_approved': { event: 'Conf', version: 2, totalFen: 1234500 },
  'event.inspection_findings': { event: 'Conf', open: 3 },
  'event.record_handed_over': { event: 'Conf', files: 5 },
  'event.survey': { event: 'Conf', name: 'Wang', link: 'https://x/e/abc' },
  'event.summary_filed': { event: 'Conf' },
};

// Shanghai wall clock, as the property's zone would show it.
const f = { time: (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ') };
const keys = Object.keys(SAMPLES) as NotificationKey[];
const msg = (key: NotificationKey) => ({ key, params: SAMPLES[key] }) as NotificationMessage;
const ISO = /\d{4}-\d\d-\d\dT\d\d:\d\d/;
const CJK = /[\u3400-\u9fff\uff08\uff09\uff1a\u3001\uff0c]/;

test('both catalogs have exactly the keys of the params type', () => {
  for (const catalog of Object.values(NOTIFICATION_CATALOGS)) assert.deepEqual(Object.keys(catalog).sort(), [...keys].sort());
});

test('every key renders in both languages with its params: no ISO instants, no placeholders, English without Chinese', () => {
  for (const key of keys) {
    const zh = renderMessage('zh-CN', msg(key), f);
    const en = renderMessage('en-US', msg(key), f);
    for (const [lang, r] of [
      ['zh-CN', zh],
      ['en-US', en],
    ] as const) {
      const all = `${r.title}\n${r.body ?? ''}`;
      assert.ok(r.title.trim(), `${key} ${lang}: a title`);
      assert.doesNotMatch(all, ISO, `${key} ${lang}: times formatted`);
      assert.doesNotMatch(all, /undefined|\[object|NaN|\{\{/, `${key} ${lang}: no missing value`);
    }
    assert.match(`${zh.title}`, CJK, `${key}: the Chinese title is Chinese`);
    assert.doesNotMatch(`${en.title}\n${en.body ?? ''}`, CJK, `${key}: the English text has no Chinese`);
  }
});

test('values are formatted: money in yuan, times in the zone, enums and notice changes in words', () => {
  assert.equal(renderMessage('zh-CN', msg('repair_charge.quoted'), f).title, '维修报价 WO-1：123.45 元，请确认');
  assert.equal(renderMessage('en-US', msg('repair_charge.quoted'), f).title, 'Repair quote WO-1: ¥123.45, please confirm');
  assert.equal(renderMessage('en-US', msg('meetings.department_ready'), f).title, 'Cleaning ready: SN-1');
  assert.equal(renderMessage('zh-CN', msg('meetings.department_ready'), f).title, '环境管理部（保洁）准备就绪 SN-1');
  const en = renderMessage('en-US', msg('booking.event'), f);
  assert.equal(en.title, 'Room request awaiting approval: B-1');
  assert.equal(en.body, 'B-1 Hall A 2026-06-04 14:00–16:00 Budget (Moved)');
  const changed = renderMessage('en-US', msg('meetings.notice_changed'), f).body!.split('\n');
  assert.equal(changed.length, 1 + changes.length);
  assert.equal(changed[1], 'Time: 2026-06-04 14:00–2026-06-04 16:00 → 2026-06-05 14:00–2026-06-05 16:00');
  assert.equal(renderMessage('en-US', msg('report.bureau_daily'), f).title, 'Administrative center room bookings (Jun 2 – Jun 3)');
  assert.equal(renderMessage('zh-CN', msg('report.bureau_daily'), f).title, '行政办事中心会议室预订情况（6月2日—6月3日）');
  // A closed meeting is not named.
  assert.doesNotMatch(renderMessage('zh-CN', msg('meetings.check_missed'), f).body!, /Budget/);
});

test('a stored row without a key (or with an unknown one) reads its stored text', () => {
  const old = { messageKey: null, params: null, title: '旧通知', body: '正文' };
  assert.deepEqual(renderStored('en-US', old, f), { title: '旧通知', body: '正文' });
  assert.deepEqual(renderStored('en-US', { ...old, messageKey: 'no.such_key', params: {} }, f), { title: '旧通知', body: '正文' });
  assert.equal(
    renderStored('en-US', { ...old, messageKey: 'case.dispatched', params: SAMPLES['case.dispatched'] }, f).title,
    'Please handle C-1',
  );
});
