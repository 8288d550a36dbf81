import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinOverrides, type WorkCalendar } from '../../calendar/index.ts';
import { describeSchedule } from './plans.describe.ts';
import { dueDates, parseSchedule, planDueOn, ruleOccursOn, scheduleKind, windowOf } from './plans.rules.ts';

const cal: WorkCalendar = { timeZone: 'Asia/Shanghai', workStart: '08:30', workEnd: '17:30', overrides: builtinOverrides() };

test('schedules: which rules a plan may use', () => {
  for (const ok of [
    'FREQ=DAILY',
    'FREQ=WEEKLY;BYDAY=FR',
    'RRULE:FREQ=MONTHLY;BYMONTHDAY=1,16',
    'FREQ=MONTHLY;BYMONTHDAY=1',
    'FREQ=WEEKLY;BYDAY=MO,WE,FR',
  ])
    assert.ok(parseSchedule(ok), ok);
  for (const bad of [
    '',
    'nonsense',
    'FREQ=HOURLY',
    'FREQ=YEARLY',
    'FREQ=DAILY;COUNT=3',
    'FREQ=DAILY;UNTIL=20270101',
    'DTSTART:20260101T000000Z\nRRULE:FREQ=DAILY',
    'FREQ=DAILY;BYHOUR=9',
  ])
    assert.equal(parseSchedule(bad), null, bad);
});

test('RRULE expansion: daily, weekly on Friday, half-monthly (1st and 16th), monthly', () => {
  const all = { workdaysOnly: false };
  assert.equal(dueDates({ ...all, rrule: 'FREQ=DAILY' }, cal, '2026-12-01', '2026-12-07').length, 7);
  assert.deepEqual(dueDates({ ...all, rrule: 'FREQ=WEEKLY;BYDAY=FR' }, cal, '2026-12-01', '2026-12-31'), [
    '2026-12-04',
    '2026-12-11',
    '2026-12-18',
    '2026-12-25',
  ]);
  assert.deepEqual(dueDates({ ...all, rrule: 'FREQ=MONTHLY;BYMONTHDAY=1,16' }, cal, '2026-11-01', '2026-12-31'), [
    '2026-11-01',
    '2026-11-16',
    '2026-12-01',
    '2026-12-16',
  ]);
  assert.deepEqual(dueDates({ ...all, rrule: 'FREQ=MONTHLY;BYMONTHDAY=1' }, cal, '2026-10-15', '2027-01-15'), [
    '2026-11-01',
    '2026-12-01',
    '2027-01-01',
  ]);
  assert.equal(ruleOccursOn('FREQ=WEEKLY;BYDAY=FR', '2026-12-11'), true);
  assert.equal(ruleOccursOn('FREQ=WEEKLY;BYDAY=FR', '2026-12-10'), false);
  assert.equal(ruleOccursOn('garbage', '2026-12-10'), false);
});

test('workdays only: rest days and holidays drop out, 调休 make-up days count', () => {
  const daily = { rrule: 'FREQ=DAILY', workdaysOnly: true };
  // National Day 2026: 1–7 October off, Saturday 10 October a make-up working day.
  assert.deepEqual(dueDates(daily, cal, '2026-09-30', '2026-10-12'), [
    '2026-09-30',
    '2026-10-08',
    '2026-10-09',
    '2026-10-10',
    '2026-10-12',
  ]);
  // Sunday 20 September 2026 is a make-up working day too.
  assert.equal(planDueOn(daily, cal, '2026-09-20'), true);
  assert.equal(planDueOn(daily, cal, '2026-09-19'), false);
  // The Friday plan skips Friday 2 October (a holiday) when it keeps to working days.
  const friday = { rrule: 'FREQ=WEEKLY;BYDAY=FR', workdaysOnly: true };
  assert.equal(planDueOn(friday, cal, '2026-10-02'), false);
  assert.equal(planDueOn({ ...friday, workdaysOnly: false }, cal, '2026-10-02'), true);
  assert.equal(planDueOn(friday, cal, '2026-10-09'), true);
  // Half-monthly on a Sunday with workdaysOnly: not due.
  assert.equal(planDueOn({ rrule: 'FREQ=MONTHLY;BYMONTHDAY=1,16', workdaysOnly: true }, cal, '2026-11-01'), false);
});

test('window math: local window on the date, creation lead minutes before', () => {
  const w = windowOf('2026-12-11', '09:00', '11:30', 90, 'Asia/Shanghai');
  assert.equal(w.start.toISOString(), '2026-12-11T01:00:00.000Z');
  assert.equal(w.end.toISOString(), '2026-12-11T03:30:00.000Z');
  assert.equal(w.createAt.toISOString(), '2026-12-10T23:30:00.000Z');
  const early = windowOf('2026-12-11', '06:00', '07:00', 24 * 60, 'Asia/Shanghai');
  assert.equal(early.createAt.toISOString(), '2026-12-09T22:00:00.000Z');
});

test('schedule kinds and their words', () => {
  const cases: [string, string, string, string][] = [
    ['FREQ=DAILY', 'daily', '每天', 'Daily'],
    ['FREQ=WEEKLY;BYDAY=FR', 'weekly', '每周五', 'Weekly on Fri'],
    ['FREQ=WEEKLY;BYDAY=MO,TH', 'weekly', '每周一、四', 'Weekly on Mon, Thu'],
    ['FREQ=MONTHLY;BYMONTHDAY=1,16', 'halfMonthly', '每半月（1日、16日）', 'Every half month (1st, 16th)'],
    ['FREQ=MONTHLY;BYMONTHDAY=5', 'monthly', '每月5日', 'Monthly on day 5'],
  ];
  for (const [rule, kind, zh, en] of cases) {
    assert.equal(scheduleKind(rule), kind, rule);
    assert.equal(describeSchedule(rule, 'zh-CN'), zh, rule);
    assert.equal(describeSchedule(rule, 'en-US'), en, rule);
  }
  assert.equal(scheduleKind('FREQ=DAILY;INTERVAL=2'), 'custom');
});
