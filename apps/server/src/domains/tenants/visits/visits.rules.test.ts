import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinOverrides, type WorkCalendar } from '../../calendar/index.ts';
import {
  holidayAround,
  issueCaseRefusal,
  occasionDate,
  occasionsOf,
  planRefusal,
  recordRefusal,
  registerRangeOk,
  reminderDue,
  tallyByTenant,
} from './visits.rules.ts';

const cal: WorkCalendar = { timeZone: 'Asia/Shanghai', workStart: '08:30', workEnd: '17:30', overrides: builtinOverrides() };
const TZ = 'Asia/Shanghai';

test('occasion days: fixed days and the lunar 春节 / 中秋', () => {
  const table: [Parameters<typeof occasionDate>[0], number, string][] = [
    ['new_year', 2027, '2027-01-01'],
    ['christmas', 2026, '2026-12-25'],
    ['national_day', 2026, '2026-10-01'],
    ['spring_festival', 2026, '2026-02-17'],
    ['spring_festival', 2027, '2027-02-06'],
    ['mid_autumn', 2026, '2026-09-25'],
    ['mid_autumn', 2025, '2025-10-06'],
  ];
  for (const [o, y, want] of table) assert.equal(occasionDate(o, y), want, `${o} ${y}`);
});

test('the 2026 occasions from the work calendar: holiday runs, deliver-by the last working day before, 圣诞 not a holiday', () => {
  const got = occasionsOf(cal, 2026).map((o) => [o.occasion, o.date, o.holidayFrom, o.holidayTo, o.deliverBy]);
  assert.deepEqual(got, [
    ['new_year', '2026-01-01', '2026-01-01', '2026-01-03', '2025-12-31'],
    ['spring_festival', '2026-02-17', '2026-02-15', '2026-02-23', '2026-02-14'],
    ['mid_autumn', '2026-09-25', '2026-09-25', '2026-09-27', '2026-09-24'],
    ['national_day', '2026-10-01', '2026-10-01', '2026-10-07', '2026-09-30'],
    ['christmas', '2026-12-25', null, null, '2026-12-24'],
  ]);
});

test('a year the calendar has no holidays for (2027 元旦): no holiday run, deliver by the working day before', () => {
  const ny = occasionsOf(cal, 2027).find((o) => o.occasion === 'new_year')!;
  assert.deepEqual([ny.holidayFrom, ny.deliverBy], [null, '2026-12-31']);
  assert.equal(holidayAround(cal, 'christmas', '2026-12-25'), null);
});

test('visits per tenant in a local year: done visits counted, the last one, planned ones apart, least visited first', () => {
  const orgs = [
    { id: 'a', name: '甲公司', units: ['0301'] },
    { id: 'b', name: '乙公司', units: ['0502'] },
    { id: 'c', name: '丙公司', units: [] },
  ];
  const d = (s: string) => new Date(s);
  const visits = [
    { organizationId: 'a', state: 'done' as const, visitedAt: d('2026-03-01T02:00:00Z'), plannedAt: d('2026-03-01T02:00:00Z') },
    { organizationId: 'a', state: 'done' as const, visitedAt: d('2026-11-20T02:00:00Z'), plannedAt: d('2026-11-20T02:00:00Z') },
    // 2025-12-31 17:00 UTC is 2026-01-01 01:00 in Shanghai: counted in 2026
    { organizationId: 'b', state: 'done' as const, visitedAt: d('2025-12-31T17:00:00Z'), plannedAt: d('2025-12-31T17:00:00Z') },
    // 2026-12-31 17:00 UTC is 2027 in Shanghai: not counted
    { organizationId: 'b', state: 'done' as const, visitedAt: d('2026-12-31T17:00:00Z'), plannedAt: d('2026-12-31T17:00:00Z') },
    { organizationId: 'c', state: 'planned' as const, visitedAt: null, plannedAt: d('2026-12-09T02:00:00Z') },
    { organizationId: 'c', state: 'cancelled' as const, visitedAt: null, plannedAt: d('2026-12-02T02:00:00Z') },
  ];
  const t = tallyByTenant(orgs, visits, 2026, TZ);
  assert.deepEqual(
    t.map((r) => [r.name, r.visits, r.planned, r.lastVisitAt?.toISOString() ?? null]),
    [
      ['丙公司', 0, 1, null],
      ['乙公司', 1, 0, '2025-12-31T17:00:00.000Z'],
      ['甲公司', 2, 0, '2026-11-20T02:00:00.000Z'],
    ],
  );
});

test('the reminder is due from the start of the local day before until the visit starts, once, only while planned', () => {
  const v = { state: 'planned' as const, plannedAt: new Date('2026-12-09T02:00:00Z'), remindedAt: null };
  assert.equal(reminderDue(v, new Date('2026-12-07T15:59:00Z'), TZ), false); // 12-07 23:59 local
  assert.equal(reminderDue(v, new Date('2026-12-07T16:00:00Z'), TZ), true); // 12-08 00:00 local
  assert.equal(reminderDue(v, new Date('2026-12-09T01:59:00Z'), TZ), true);
  assert.equal(reminderDue(v, new Date('2026-12-09T02:00:00Z'), TZ), false);
  assert.equal(reminderDue({ ...v, remindedAt: new Date() }, new Date('2026-12-08T02:00:00Z'), TZ), false);
  assert.equal(reminderDue({ ...v, state: 'cancelled' }, new Date('2026-12-08T02:00:00Z'), TZ), false);
});

test('refusals: planning in the past, recording twice or in the future, a case before recording or twice, a bad period', () => {
  const now = new Date('2026-12-07T02:00:00Z');
  assert.equal(planRefusal(new Date('2026-12-07T01:58:00Z'), now), 'visit_in_past');
  assert.equal(planRefusal(new Date('2026-12-07T01:59:30Z'), now), null);
  assert.equal(recordRefusal('done', now, now), 'visit_not_planned');
  assert.equal(recordRefusal('cancelled', now, now), 'visit_not_planned');
  assert.equal(recordRefusal('planned', new Date('2026-12-07T03:00:00Z'), now), 'visit_visited_at_invalid');
  assert.equal(recordRefusal('planned', now, now), null);
  assert.equal(issueCaseRefusal('planned', null), 'visit_not_done');
  assert.equal(issueCaseRefusal('done', 'c1'), 'visit_issue_case_exists');
  assert.equal(issueCaseRefusal('done', null), null);
  assert.equal(registerRangeOk('2026-12-01', '2026-11-30'), false);
  assert.equal(registerRangeOk('2026-01-01', '2026-12-31'), true);
  assert.equal(registerRangeOk('2025-01-01', '2026-12-31'), false);
});
