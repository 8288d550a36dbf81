import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isValidResidentId, maskIdNumber } from '@hy/contracts';
import type { VisitConsentRow } from '../../../db/schema/index.ts';
import {
  allowed,
  checkInRefusal,
  consentDeadlineOf,
  consentOverdue,
  isInternalAttendee,
  meetingHost,
  noShowDue,
  watchMatch,
} from './visitors.rules.ts';

test('GB 11643: the 18-digit resident ID with its MOD 11-2 check character and a real birth date', () => {
  for (const [id, valid] of [
    ['11010519491231002X', true],
    ['11010519491231002x', true],
    ['440524188001010014', false], // born 1880: before 1900
    ['110105194912310021', false], // wrong check digit
    ['110105194902300026', false], // 30 February
    ['440308199001011238', false],
    ['44030819900101123', false], // 17 digits
    ['04030819900101123X', false], // leading zero
    ['', false],
    ['ABCDEFGHIJKLMNOPQR', false],
    ['320311197001010017', false],
    ['320311197001010013', false],
  ] as const)
    assert.equal(isValidResidentId(id), valid, id);
  // Generated ones: any birth date and sequence with the computed check character passes.
  const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const withCheck = (s: string) => s + '10X98765432'[W.reduce((a, w, i) => a + w * Number(s[i]), 0) % 11];
  for (const base of ['44030419850615123', '11010120000229002', '31011519991231999']) assert.ok(isValidResidentId(withCheck(base)), base);
  assert.equal(isValidResidentId(withCheck('11010120010229002')), false); // 2001 is no leap year
});

test('ID numbers are masked for readers other than the desk', () => {
  assert.equal(maskIdNumber('11010519491231002X'), '110***********002X');
  assert.equal(maskIdNumber('E1234'), '*****');
  assert.equal(maskIdNumber(null), null);
});

const consent = (p: Partial<VisitConsentRow>): VisitConsentRow => ({
  channel: 'app',
  answer: 'accept',
  consenterName: null,
  recordedBy: null,
  recordedByName: null,
  at: '2026-12-07T01:00:00Z',
  note: null,
  ...p,
});

test('nobody goes in before a recorded consent; the executive floor needs the office by phone with a name', () => {
  for (const [c, officeWord, expect] of [
    [null, false, 'consent_required'],
    [consent({ answer: 'decline' }), false, 'consent_required'],
    [consent({}), false, null],
    [consent({ answer: 'come_down' }), false, null],
    [consent({ channel: 'phone', consenterName: '李秘书' }), false, null],
    [consent({}), true, 'office_word_required'],
    [consent({ channel: 'phone', consenterName: ' ' }), true, 'office_word_required'],
    [consent({ channel: 'phone', consenterName: '李秘书' }), true, null],
    [null, true, 'consent_required'],
  ] as const)
    assert.equal(checkInRefusal(c, officeWord), expect);
});

test('the state machine', () => {
  assert.ok(allowed('awaiting_consent', 'consent'));
  assert.ok(allowed('admitted', 'check_in'));
  assert.ok(!allowed('held', 'check_in'));
  assert.ok(!allowed('held', 'consent'));
  assert.ok(!allowed('checked_out', 'check_out'));
  assert.ok(allowed('checked_in', 'check_out'));
  assert.ok(!allowed('checked_in', 'cancel'));
  assert.ok(allowed('held', 'decide'));
  assert.ok(!allowed('declined', 'check_in'));
});

test('the consent request times out for the desk', () => {
  const d = new Date('2026-12-07T01:10:00Z');
  assert.equal(consentOverdue('awaiting_consent', d, new Date('2026-12-07T01:09:59Z')), false);
  assert.equal(consentOverdue('awaiting_consent', d, d), true);
  assert.equal(consentOverdue('admitted', d, new Date('2026-12-07T02:00:00Z')), false);
  assert.equal(consentOverdue('awaiting_consent', null, d), false);
});

test('watch-list matching: exact name, ID, phone digits; keywords anywhere', () => {
  const rules = [
    { id: '1', kind: 'name', value: '张 三' },
    { id: '2', kind: 'id_number', value: '11010519491231002x' },
    { id: '3', kind: 'phone', value: '139-0000-1111' },
    { id: '4', kind: 'keyword', value: '讨薪' },
    { id: '5', kind: 'keyword', value: ' ' },
  ] as const;
  const m = (v: Parameters<typeof watchMatch>[1]) => watchMatch(rules, v)?.id ?? null;
  assert.equal(m({ visitorName: '张三' }), '1');
  assert.equal(m({ visitorName: '张三丰' }), null);
  assert.equal(m({ visitorName: '李四', idNumber: '11010519491231002X' }), '2');
  assert.equal(m({ visitorName: '李四', visitorPhone: '13900001111' }), '3');
  assert.equal(m({ visitorName: '李四', visitorPhone: '13900001112' }), null);
  assert.equal(m({ visitorName: '李四', purpose: '上访讨薪' }), '4');
  assert.equal(m({ visitorName: '李四', company: '某公司', purpose: '送文件' }), null);
});

test('no-shows: an appointment still expected (or consented) once its time has passed; walk-ins never', () => {
  const cutoff = new Date('2026-06-04T15:30:00Z');
  const v = (p: Partial<Parameters<typeof noShowDue>[0]>) =>
    noShowDue(
      {
        kind: 'appointment',
        status: 'expected',
        expectedAt: new Date('2026-06-04T06:00:00Z'),
        createdAt: new Date('2026-06-01T01:00:00Z'),
        ...p,
      },
      cutoff,
    );
  assert.equal(v({}), true);
  assert.equal(v({ status: 'admitted' }), true);
  assert.equal(v({ status: 'checked_in' }), false);
  assert.equal(v({ status: 'cancelled' }), false);
  assert.equal(v({ kind: 'walk_in', status: 'admitted' }), false);
  assert.equal(v({ expectedAt: new Date('2026-06-05T01:00:00Z') }), false);
  assert.equal(v({ expectedAt: null, createdAt: new Date('2026-06-04T02:00:00Z') }), true);
  assert.ok(allowed('expected', 'no_show') && !allowed('no_show', 'check_in'));
});

test('the consent deadline follows the setting', () => {
  assert.equal(consentDeadlineOf(new Date('2026-06-04T01:00:00Z'), 3).toISOString(), '2026-06-04T01:03:00.000Z');
  assert.equal(consentDeadlineOf(new Date('2026-06-04T01:00:00Z'), 10).toISOString(), '2026-06-04T01:10:00.000Z');
});

test("a meeting's host is its contact in the directory (phone first, then name); attendees in the directory are no guests", () => {
  const people = [
    { id: 'a', nameZh: '张晓东', phone: '0755-28301102', mobile: null, unitName: '市发改委' },
    { id: 'b', nameZh: '王一', phone: null, mobile: '138 0000 0002', unitName: '市发改委' },
    { id: 'c', nameZh: '李四', phone: null, mobile: null, unitName: '市财政局' },
  ];
  assert.equal(meetingHost(people, { name: '别名', phone: '075528301102' })?.id, 'a');
  assert.equal(meetingHost(people, { name: '李 四', phone: '13900000000' })?.id, 'c');
  assert.equal(meetingHost(people, { name: '无名', phone: '1234' }), null);
  const internal = (a: { name: string; phone?: string | null; organization?: string | null }) =>
    isInternalAttendee({ phone: null, organization: null, ...a }, people);
  assert.equal(internal({ name: '任何人', phone: '13800000002' }), true);
  assert.equal(internal({ name: '李四', organization: '市财政局' }), true);
  assert.equal(internal({ name: '李四', organization: '市税务局' }), false);
  assert.equal(internal({ name: '李四' }), false);
  assert.equal(internal({ name: '刘主任', phone: '13800000001', organization: '市财政局' }), false);
});
