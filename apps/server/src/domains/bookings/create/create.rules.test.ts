import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  attendeeProblem,
  buffersFor,
  capacityFor,
  chosenLayout,
  needsApproval,
  restrictionAllows,
  timeErrors,
  withinOpenHours,
  type VenueFacts,
} from './create.rules.ts';

const at = (s: string) => new Date(s);
const hall: VenueFacts = {
  venueClass: 'C',
  seats: 203,
  minAttendees: 50,
  defaultLayout: 'theatre',
  leadTime: null,
  openFrom: '07:00',
  openTo: '22:00',
  layouts: [
    { layout: 'theatre', capacity: 203, setupMinutes: 60, cleanupMinutes: 45 },
    { layout: 'classroom', capacity: 120 },
  ],
  restricted: false,
  allowedOrganizationIds: [],
};
const room: VenueFacts = { ...hall, venueClass: 'A', seats: 16, minAttendees: null, defaultLayout: null, layouts: [] };

test('layout: requested, default, none, not offered', () => {
  const cases: [VenueFacts, string | null | undefined, string | null | undefined][] = [
    [hall, 'classroom', 'classroom'],
    [hall, undefined, 'theatre'],
    [hall, 'round_table', undefined],
    [room, undefined, null],
    [room, 'theatre', undefined],
  ];
  for (const [v, req, want] of cases) {
    const got = chosenLayout(v, req);
    assert.equal(got === undefined ? undefined : (got?.layout ?? null), want, `${req}`);
  }
});

test('buffers from the layout, else defaults by class; capacity by layout, else seats', () => {
  const cases: [VenueFacts, string | null, number, number, number][] = [
    [hall, 'theatre', 60, 45, 203],
    [hall, 'classroom', 60, 30, 120],
    [room, null, 15, 15, 16],
    [{ ...room, venueClass: 'B' }, null, 30, 30, 16],
  ];
  for (const [v, name, setup, cleanup, cap] of cases) {
    const layout = chosenLayout(v, name) ?? null;
    assert.deepEqual(buffersFor(v, layout), { setupMinutes: setup, cleanupMinutes: cleanup }, `${v.venueClass} ${name}`);
    assert.equal(capacityFor(v, layout), cap);
  }
});

test('attendees against capacity and minimum', () => {
  const theatre = hall.layouts[0]!;
  const classroom = hall.layouts[1]!;
  const cases: [typeof theatre | null, number, ReturnType<typeof attendeeProblem>][] = [
    [theatre, 203, null],
    [theatre, 204, 'capacity_exceeded'],
    [classroom, 121, 'capacity_exceeded'],
    [theatre, 49, 'below_minimum_attendees'],
    [theatre, 50, null],
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
  for (const [s, e, want] of cases)
    assert.deepEqual(
      timeErrors(at(s), at(e), now, 16, 'en-US').map((f) => `${f.path}:${f.code}`),
      want,
      `${s} ${e}`,
    );
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

test('restricted venues, approval', () => {
  const presidium = { restricted: true, allowedOrganizationIds: ['npc', 'cppcc'] };
  const cases: [typeof presidium, string | null, boolean][] = [
    [presidium, 'npc', true],
    [presidium, 'other', false],
    [presidium, null, false],
    [{ restricted: false, allowedOrganizationIds: [] }, null, true],
  ];
  for (const [v, org, want] of cases) assert.equal(restrictionAllows(v, org), want);
  assert.deepEqual([needsApproval('A', false), needsApproval('B', true), needsApproval('C', false)], [false, true, true]);
});
