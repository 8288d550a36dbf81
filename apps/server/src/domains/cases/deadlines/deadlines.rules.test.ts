import { test } from 'node:test';
import assert from 'node:assert/strict';
import { settingsOf, type CaseStatus, type Role } from '@hy/contracts';
import { builtinOverrides } from '../../calendar/index.ts';
import type { WorkCalendar } from '../../calendar/index.ts';
import {
  slaPolicyOf,
  slaTarget,
  computeDeadlines,
  pausedWorkingMinutes,
  extensionRefusal,
  dueAlerts,
  escalationRole,
  type SlaSubject,
} from './deadlines.rules.ts';
import { at } from '../../../test/builders.ts';

const cal: WorkCalendar = { timeZone: 'Asia/Shanghai', workStart: '08:30', workEnd: '17:30', overrides: builtinOverrides() };
const P = slaPolicyOf(settingsOf({}));
const subj = (over: Partial<SlaSubject> = {}): SlaSubject => ({
  kind: 'complaint',
  severity: 'general',
  urgency: 'normal',
  emergency: false,
  ...over,
});

test('deadlines on the 2026 work calendar (中秋 09-25..27, 国庆 10-01..07, make-up Saturday 10-10)', () => {
  const rows: [string, Partial<SlaSubject>, string, string, string][] = [
    // [created (local), subject, respond due, resolve due, why]
    ['2026-09-24T17:00', {}, '2026-09-24T17:10', '2026-09-29T17:00', 'Thursday before the holidays: Fri–Sun off'],
    ['2026-09-25T17:00', {}, '2026-09-25T17:10', '2026-09-29T17:30', 'Friday 17:00 on 中秋: counted from Monday 08:30'],
    ['2026-09-25T17:00', { severity: 'important' }, '2026-09-25T18:00', '2026-09-30T17:30', 'important: 1 h, 3 working days'],
    [
      '2026-09-25T17:00',
      { severity: 'major' },
      '2026-09-28T17:30',
      '2026-09-29T17:30',
      'major: to the GM by the end of the next working day',
    ],
    ['2026-09-30T17:00', {}, '2026-09-30T17:10', '2026-10-09T17:00', 'last working day before National Day'],
    ['2026-10-09T17:00', {}, '2026-10-09T17:10', '2026-10-12T17:00', 'Friday before the make-up Saturday: Sat 10-10 counts'],
    ['2026-10-09T17:00', { severity: 'major' }, '2026-10-09T17:30', '2026-10-12T17:00', 'major: same day'],
    [
      '2026-10-09T18:00',
      { severity: 'major' },
      '2026-10-10T17:30',
      '2026-10-12T17:30',
      'after hours: the make-up Saturday is the next working day',
    ],
    ['2026-10-09T17:00', { kind: 'repair' }, '2026-10-09T17:30', '2026-10-10T17:00', 'repair, normal: 30 min, 1 working day'],
    ['2026-10-09T17:00', { kind: 'repair', urgency: 'urgent' }, '2026-10-09T17:30', '2026-10-10T12:00', 'repair, urgent: 4 working hours'],
    ['2026-10-09T17:00', { kind: 'repair', urgency: 'low' }, '2026-10-09T17:30', '2026-10-13T17:00', 'repair, low: 3 working days'],
    ['2026-10-09T17:00', { emergency: true }, '2026-10-09T17:00', '2026-10-12T17:00', 'emergency: at once'],
  ];
  for (const [created, s, respond, resolve, why] of rows) {
    const d = computeDeadlines(cal, { receivedAt: at(created), target: slaTarget(P, subj(s)), pausedMinutes: 0 });
    assert.equal(d.respondDueAt.toISOString(), at(respond).toISOString(), `${why}: respond`);
    assert.equal(d.resolveDueAt.toISOString(), at(resolve).toISOString(), `${why}: resolve`);
  }
});

test('pausing shifts the resolve deadline by working time; an extension counts pauses after it only', () => {
  assert.equal(pausedWorkingMinutes(cal, at('2026-10-09T17:00'), at('2026-10-10T09:00')), 60);
  assert.equal(pausedWorkingMinutes(cal, at('2026-09-30T17:00'), at('2026-10-08T08:40')), 40);
  const target = slaTarget(P, subj());
  const rows: [number, { to: string; pausedMinutes: number } | null, string][] = [
    [0, null, '2026-10-12T17:00'],
    [120, null, '2026-10-13T10:00'],
    [120, { to: '2026-10-14T12:00', pausedMinutes: 120 }, '2026-10-14T12:00'],
    [180, { to: '2026-10-14T12:00', pausedMinutes: 120 }, '2026-10-14T13:00'],
  ];
  for (const [paused, ext, want] of rows) {
    const d = computeDeadlines(cal, {
      receivedAt: at('2026-10-09T17:00'),
      target,
      pausedMinutes: paused,
      extension: ext && { to: at(ext.to), pausedMinutes: ext.pausedMinutes },
    });
    assert.equal(d.resolveDueAt.toISOString(), at(want).toISOString(), `paused ${paused}`);
  }
});

test('SLA policy: a property setting overrides parts of the defaults; wrong types are ignored', () => {
  const p = slaPolicyOf(
    settingsOf({ leadTimes: {}, caseSla: { repair: { urgent: { resolve: { value: 2, unit: 'hours' } } }, warnPercent: 'x' } }),
  );
  assert.deepEqual(p.repair.urgent.resolve, { value: 2, unit: 'hours' });
  assert.deepEqual(p.repair.urgent.respond, P.repair.urgent.respond);
  assert.equal(p.warnRatio, 0.8);
  assert.deepEqual(slaPolicyOf(settingsOf(null)), P);
  assert.deepEqual(P.complaint.general, { respond: { value: 10, unit: 'minutes' }, resolve: { value: 2, unit: 'working_days' } });
  assert.deepEqual(P.extensionApprovers.important, ['general_manager']);
});

test('extensions: who may approve, apology first, later than now due', () => {
  const due = at('2026-10-12T17:00');
  const later = at('2026-10-14T17:00');
  const rows: [string, Role[], boolean, Date, string | null][] = [
    ['general', ['project_manager'], true, later, null],
    ['general', ['cs_supervisor'], true, later, 'not_entitled'],
    ['important', ['project_manager'], true, later, 'not_entitled'],
    ['important', ['general_manager'], true, later, null],
    ['major', ['general_manager'], false, later, 'apology_required'],
    ['general', ['project_manager'], true, due, 'not_later'],
  ];
  for (const [severity, roles, apology, newDue, want] of rows) {
    assert.equal(
      extensionRefusal({
        kind: 'complaint',
        severity: severity as 'general',
        approvers: P.extensionApprovers,
        actorRoles: roles,
        apologyRecorded: apology,
        currentDue: due,
        newDue,
      }),
      want,
      `${severity} ${roles}`,
    );
  }
  assert.equal(
    extensionRefusal({
      kind: 'repair',
      severity: 'general',
      approvers: P.extensionApprovers,
      actorRoles: ['project_manager'],
      apologyRecorded: false,
      currentDue: due,
      newDue: later,
    }),
    null,
  );
  const cs = { ...P.extensionApprovers, general: ['cs_supervisor' as Role] };
  const refusal = (actorRoles: Role[]) =>
    extensionRefusal({
      kind: 'repair',
      severity: 'general',
      approvers: cs,
      actorRoles,
      apologyRecorded: true,
      currentDue: due,
      newDue: later,
    });
  assert.deepEqual([refusal(['cs_supervisor']), refusal(['project_manager'])], [null, 'not_entitled'], 'approvers follow the setting');
});

test('SLA alerts: warning at 80 %, breach with escalation by severity, follow-ups after dispatch', () => {
  const c = {
    status: 'open' as CaseStatus,
    severity: 'major' as const,
    receivedAt: at('2026-10-09T09:30'),
    respondDueAt: at('2026-10-09T17:30'),
    resolveDueAt: at('2026-10-12T09:30'),
    respondedAt: null as Date | null,
    dispatchedAt: null as Date | null,
    pausedAt: null as Date | null,
  };
  const keys = (now: string, over = {}) =>
    dueAlerts(cal, P, { ...c, ...over }, at(now)).map((a) => `${a.key}${a.escalateTo ? `→${a.escalateTo}` : ''}`);
  assert.deepEqual(keys('2026-10-09T15:00'), []);
  assert.deepEqual(keys('2026-10-09T15:55'), ['respond_warning']);
  assert.deepEqual(keys('2026-10-09T17:30'), ['respond_breach→3']);
  assert.deepEqual(keys('2026-10-09T17:30', { respondedAt: at('2026-10-09T10:00') }), []);
  assert.deepEqual(keys('2026-10-09T17:30', { pausedAt: at('2026-10-09T10:00') }), []);
  assert.deepEqual(keys('2026-10-12T09:30', { status: 'closed' }), []);
  assert.deepEqual(keys('2026-10-12T09:30', { respondedAt: c.receivedAt }), [`resolve_breach:${c.resolveDueAt.toISOString()}→3`]);
  const dispatched = { respondedAt: at('2026-10-09T10:00'), dispatchedAt: at('2026-10-09T10:00') };
  assert.deepEqual(keys('2026-10-09T11:59', dispatched), []);
  assert.deepEqual(keys('2026-10-09T12:00', dispatched), ['follow_up']);
  assert.deepEqual(keys('2026-10-09T17:30', dispatched), ['follow_up', 'follow_up_second→1']);
  assert.deepEqual([1, 2, 3].map(escalationRole), ['cs_supervisor', 'project_manager', 'general_manager']);
});
