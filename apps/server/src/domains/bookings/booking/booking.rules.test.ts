import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BookingStatus } from '@hy/contracts';
import { builtinOverrides } from '../../calendar/calendar.data.ts';
import type { WorkCalendar } from '../../calendar/calendar.rules.ts';
import {
  attendeeProblem, bookingNumber, buffersFor, canTransition, capacityFor, chosenLayout, earliestStart, holdWindow, needsApproval,
  restrictionAllows, statusAfterChange, timeErrors, withinOpenHours, type VenueFacts,
  boardPieces, bureauReportDays, bureauReportTime, bureauReportTitle, expandSeries, expiryTime, latestDecisionTime, type Expansion,
} from './booking.rules.ts';

const CAL: WorkCalendar = { timeZone: 'Asia/Shanghai', workStart: '08:30', workEnd: '17:30', overrides: builtinOverrides() };
const at = (s: string) => new Date(s);
const hall: VenueFacts = {
  venueClass: 'C', seats: 203, minAttendees: 50, defaultLayout: 'theatre', leadTime: null, openFrom: '07:00', openTo: '22:00',
  layouts: [{ layout: 'theatre', capacity: 203, setupMinutes: 60, cleanupMinutes: 45 }, { layout: 'classroom', capacity: 120 }],
  restricted: false, allowedOrganizationIds: [],
};
const room: VenueFacts = { ...hall, venueClass: 'A', seats: 16, minAttendees: null, defaultLayout: null, layouts: [] };

test('layout: requested, default, none, not offered', () => {
  const cases: [VenueFacts, string | null | undefined, string | null | undefined][] = [
    [hall, 'classroom', 'classroom'], [hall, undefined, 'theatre'], [hall, 'round_table', undefined], [room, undefined, null], [room, 'theatre', undefined],
  ];
  for (const [v, req, want] of cases) {
    const got = chosenLayout(v, req);
    assert.equal(got === undefined ? undefined : got?.layout ?? null, want, `${req}`);
  }
});

test('buffers from the layout, else defaults by class; capacity by layout, else seats', () => {
  const cases: [VenueFacts, string | null, number, number, number][] = [
    [hall, 'theatre', 60, 45, 203], [hall, 'classroom', 60, 30, 120], [room, null, 15, 15, 16], [{ ...room, venueClass: 'B' }, null, 30, 30, 16],
  ];
  for (const [v, name, setup, cleanup, cap] of cases) {
    const layout = chosenLayout(v, name) ?? null;
    assert.deepEqual(buffersFor(v, layout), { setupMinutes: setup, cleanupMinutes: cleanup }, `${v.venueClass} ${name}`);
    assert.equal(capacityFor(v, layout), cap);
  }
  assert.deepEqual(holdWindow(at('2026-05-06T02:00:00Z'), at('2026-05-06T04:00:00Z'), { setupMinutes: 60, cleanupMinutes: 45 }),
    { from: at('2026-05-06T01:00:00Z'), to: at('2026-05-06T04:45:00Z') });
});

test('attendees against capacity and minimum', () => {
  const theatre = hall.layouts[0]!;
  const classroom = hall.layouts[1]!;
  const cases: [typeof theatre | null, number, ReturnType<typeof attendeeProblem>][] = [
    [theatre, 203, null], [theatre, 204, 'capacity_exceeded'], [classroom, 121, 'capacity_exceeded'], [theatre, 49, 'below_minimum_attendees'], [theatre, 50, null],
  ];
  for (const [layout, n, want] of cases) assert.equal(attendeeProblem(hall, layout, n), want, `${layout?.layout} ${n}`);
});

test('times: order, minimum, maximum, past', () => {
  const now = at('2026-05-06T00:00:00Z');
  const cases: [string, string, string[]][] = [
    ['2026-05-06T02:00:00Z', '2026-05-06T04:00:00Z', []],
    ['2026-05-06T04:00:00Z', '2026-05-06T02:00:00Z', ['endAt:end_before_start']],
    ['2026-05-06T02:00:00Z', '2026-05-06T02:00:00Z', ['endAt:end_before_start']],
    ['2026-05-06T02:00:00Z', '2026-05-06T02:14:00Z', ['endAt:too_short']],
    ['2026-05-06T02:00:00Z', '2026-05-06T02:15:00Z', []],
    ['2026-05-06T02:00:00Z', '2026-05-06T18:00:00Z', []],
    ['2026-05-06T02:00:00Z', '2026-05-06T18:01:00Z', ['endAt:too_long']],
    ['2026-05-05T23:00:00Z', '2026-05-06T01:00:00Z', ['startAt:in_past']],
    ['2026-05-06T00:00:00Z', '2026-05-06T01:00:00Z', ['startAt:in_past']],
  ];
  for (const [s, e, want] of cases) assert.deepEqual(timeErrors(at(s), at(e), now, 16, 'en-US').map((f) => `${f.path}:${f.code}`), want, `${s} ${e}`);
});

test('lead time per class via the work calendar (A 1 h, B 4 working hours, C 1 working day; venue override)', () => {
  const settings = { leadTimes: { A: { value: 1, unit: 'hours' as const }, B: { value: 4, unit: 'working_hours' as const }, C: { value: 1, unit: 'working_days' as const } } };
  // Fri 2026-05-15 16:00 +08:00; Mon 05-18 is the next working day.
  const now = at('2026-05-15T16:00:00+08:00');
  const cases: [Partial<VenueFacts>, string][] = [
    [{ venueClass: 'A' }, '2026-05-15T17:00:00+08:00'],
    [{ venueClass: 'B' }, '2026-05-18T11:00:00+08:00'],
    [{ venueClass: 'C' }, '2026-05-18T16:00:00+08:00'],
    [{ venueClass: 'A', leadTime: { value: 2, unit: 'working_days' } }, '2026-05-19T16:00:00+08:00'],
  ];
  for (const [v, want] of cases) assert.equal(earliestStart(CAL, now, { ...hall, ...v }, settings).getTime(), at(want).getTime(), JSON.stringify(v));
  // 调休: Sat 2026-05-09 is a working day; National Day 2026 (10-01..10-07 off): Wed 09-30 17:00 → Thu 10-08 17:00.
  assert.equal(earliestStart(CAL, at('2026-05-08T16:00:00+08:00'), { ...hall, venueClass: 'B' }, settings).getTime(), at('2026-05-09T11:00:00+08:00').getTime());
  assert.equal(earliestStart(CAL, at('2026-09-30T17:00:00+08:00'), hall, settings).getTime(), at('2026-10-08T17:00:00+08:00').getTime());
});

test('opening hours in the property time zone', () => {
  const v = { openFrom: '07:00', openTo: '22:00' };
  const cases: [string, string, boolean][] = [
    ['2026-05-06T07:00:00+08:00', '2026-05-06T22:00:00+08:00', true],
    ['2026-05-06T06:59:00+08:00', '2026-05-06T09:00:00+08:00', false],
    ['2026-05-06T20:00:00+08:00', '2026-05-06T22:01:00+08:00', false],
    ['2026-05-06T21:00:00+08:00', '2026-05-07T08:00:00+08:00', false],
    ['2026-05-05T23:30:00Z', '2026-05-06T01:00:00Z', true], // 07:30–09:00 in Shanghai
  ];
  for (const [s, e, want] of cases) assert.equal(withinOpenHours(v, 'Asia/Shanghai', at(s), at(e)), want, `${s} ${e}`);
});

test('restricted venues, approval, numbers', () => {
  const presidium = { restricted: true, allowedOrganizationIds: ['npc', 'cppcc'] };
  const cases: [typeof presidium, string | null, boolean][] = [
    [presidium, 'npc', true], [presidium, 'other', false], [presidium, null, false], [{ restricted: false, allowedOrganizationIds: [] }, null, true],
  ];
  for (const [v, org, want] of cases) assert.equal(restrictionAllows(v, org), want);
  assert.deepEqual([needsApproval('A', false), needsApproval('B', true), needsApproval('C', false)], [false, true, true]);
  assert.equal(bookingNumber('Asia/Shanghai', at('2026-12-31T16:30:00Z'), 123), 'HY-2027-000123');
});

test('status machine', () => {
  const all: BookingStatus[] = ['requested', 'confirmed', 'rejected', 'cancelled', 'expired'];
  const allowed = new Set(['requested>confirmed', 'requested>rejected', 'requested>cancelled', 'requested>expired', 'confirmed>requested', 'confirmed>cancelled']);
  for (const from of all) for (const to of all) assert.equal(canTransition(from, to), allowed.has(`${from}>${to}`), `${from}>${to}`);
  const cases: [BookingStatus, boolean, boolean, BookingStatus][] = [
    ['confirmed', true, true, 'requested'], ['confirmed', true, false, 'confirmed'], ['confirmed', false, true, 'confirmed'], ['requested', true, true, 'requested'],
  ];
  for (const [s, approval, moved, want] of cases) assert.equal(statusAfterChange(s, approval, moved), want);
});

test('latest decision time inverts the lead time (hours, working hours, working days, over a weekend)', () => {
  const cases: [string, { value: number; unit: 'hours' | 'working_hours' | 'working_days' | 'calendar_days' }, string][] = [
    ['2026-05-18T16:00:00+08:00', { value: 1, unit: 'working_days' }, '2026-05-15T16:00:00+08:00'],
    ['2026-05-19T10:00:00+08:00', { value: 1, unit: 'working_days' }, '2026-05-18T10:00:00+08:00'],
    ['2026-05-18T11:00:00+08:00', { value: 4, unit: 'working_hours' }, '2026-05-15T16:00:00+08:00'],
    ['2026-05-18T11:00:00+08:00', { value: 1, unit: 'hours' }, '2026-05-18T10:00:00+08:00'],
    ['2026-05-18T11:00:00+08:00', { value: 2, unit: 'calendar_days' }, '2026-05-16T11:00:00+08:00'],
  ];
  for (const [start, lead, want] of cases) {
    const t = latestDecisionTime(CAL, at(start), lead);
    assert.equal(t.getTime(), at(want).getTime(), `${start} ${JSON.stringify(lead)}`);
    assert.ok(earliestStart(CAL, t, { ...hall, leadTime: lead }, {}).getTime() <= at(start).getTime());
  }
  // Booked inside the lead time (an override): it expires at its start, not at once.
  assert.equal(expiryTime(CAL, at('2026-05-18T11:00:00+08:00'), { value: 1, unit: 'working_days' }, at('2026-05-18T09:00:00+08:00')).getTime(), at('2026-05-18T11:00:00+08:00').getTime());
});

test('series expansion: weekly rule in local time, exceptions, limits', () => {
  const base = { start: at('2026-06-01T09:00:00+08:00'), end: at('2026-06-01T10:30:00+08:00'), timeZone: 'Asia/Shanghai', exdates: [] as string[], skipDates: [] as string[] };
  const ok = expandSeries({ ...base, rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=4', exdates: ['2026-06-08'], skipDates: ['2026-06-15'] }, 'en-US') as Expansion;
  assert.deepEqual(ok.occurrences.map((o) => [o.date, o.start.toISOString(), o.end.toISOString()]), [
    ['2026-06-01', '2026-06-01T01:00:00.000Z', '2026-06-01T02:30:00.000Z'], ['2026-06-08', '2026-06-08T01:00:00.000Z', '2026-06-08T02:30:00.000Z'],
    ['2026-06-15', '2026-06-15T01:00:00.000Z', '2026-06-15T02:30:00.000Z'], ['2026-06-22', '2026-06-22T01:00:00.000Z', '2026-06-22T02:30:00.000Z'],
  ]);
  assert.deepEqual([...ok.excluded, ...ok.skipped], ['2026-06-08', '2026-06-15']);
  const until = expandSeries({ ...base, rrule: 'RRULE:FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20260610' }, 'en-US') as Expansion;
  assert.deepEqual(until.occurrences.map((o) => o.date), ['2026-06-01', '2026-06-03', '2026-06-08', '2026-06-10'], 'a date-only UNTIL includes its day');
  const errs = (rrule: string, over: Partial<typeof base> = {}) => (expandSeries({ ...base, ...over, rrule }, 'en-US') as { path: string; code: string }[]).map((f) => `${f.path}:${f.code}`);
  assert.deepEqual(errs('FREQ=WEEKLY'), ['rrule:unbounded']);
  assert.deepEqual(errs('FREQ=HOURLY;COUNT=3'), ['rrule:unsupported_frequency']);
  assert.deepEqual(errs('nonsense'), ['rrule:invalid']);
  assert.deepEqual(errs('FREQ=DAILY;COUNT=201'), ['rrule:too_many']);
  assert.deepEqual(errs('FREQ=MONTHLY;COUNT=30'), ['rrule:too_long']);
  assert.deepEqual(errs('FREQ=WEEKLY;UNTIL=20280602'), ['rrule:too_long']);
  assert.deepEqual(errs('FREQ=WEEKLY;BYDAY=MO;COUNT=3', { exdates: ['2026-06-08', '2026-06-08', '2026-06-09'], skipDates: ['2026-06-08'] }),
    ['exdates.1:duplicate', 'exdates.2:not_an_occurrence', 'skipDates.0:duplicate']);
  assert.equal((expandSeries({ ...base, rrule: 'FREQ=DAILY;COUNT=200' }, 'en-US') as Expansion).occurrences.length, 200);
});

test('board pieces: buffers around the meeting, a closure whole', () => {
  const h = { from: at('2026-06-02T00:45:00Z'), to: at('2026-06-02T02:15:00Z'), bookingId: 'b', closureId: null, startAt: at('2026-06-02T01:00:00Z'), endAt: at('2026-06-02T02:00:00Z') };
  assert.deepEqual(boardPieces(h).map((p) => [p.kind, p.start.toISOString().slice(11, 16), p.end.toISOString().slice(11, 16)]), [['buffer', '00:45', '01:00'], ['booking', '01:00', '02:00'], ['buffer', '02:00', '02:15']]);
  assert.deepEqual(boardPieces({ ...h, from: h.startAt!, to: h.endAt! }).map((p) => p.kind), ['booking']);
  assert.deepEqual(boardPieces({ ...h, bookingId: null, closureId: 'c', startAt: null, endAt: null }).map((p) => p.kind), ['closure']);
});

test("bureau report: the days up to the second next working day, title, time setting", () => {
  const cases: [string, string, string, [string, string]][] = [
    ['2026-06-01', '2026-06-02', '2026-06-03', ['2026-06-02', '2026-06-03']], // Monday
    ['2026-06-05', '2026-06-06', '2026-06-09', ['2026-06-08', '2026-06-09']], // Friday: the weekend too
    ['2026-09-30', '2026-10-01', '2026-10-09', ['2026-10-08', '2026-10-09']], // before National Day
  ];
  for (const [date, from, to, wd] of cases) assert.deepEqual(bureauReportDays(CAL, date), { from, to, workingDays: wd }, date);
  assert.equal(bureauReportTitle('2026-06-06', '2026-06-09'), '行政办事中心会议室预订情况（6月6日—6月9日）');
  assert.equal(bureauReportTime({}), '16:30');
  assert.equal(bureauReportTime({ bureauReportTime: '17:05' }), '17:05');
  assert.equal(bureauReportTime({ bureauReportTime: '25:00' }), '16:30');
});
