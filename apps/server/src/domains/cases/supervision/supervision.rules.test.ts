import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WorkCalendar } from '../../calendar/calendar.rules.ts';
import {
  addMonths, archiveCutoffs, complaintRate, dueReports, isoWeek, monthRange, monthlyReviewDeadline, quarterMonths, quarterOf, retentionOf,
  statisticsDay, weekMonday, weekRange, yuan,
} from './supervision.rules.ts';

const holidays = new Map([1, 2, 3, 4, 5, 6, 7].map((d) => [`2026-10-0${d}`, { kind: 'holiday' as const }]));
const cal: WorkCalendar = { timeZone: 'Asia/Shanghai', workStart: '08:30', workEnd: '17:30', overrides: holidays };
const at = (local: string) => new Date(`${local}+08:00`);

test('periods: months, quarters and ISO weeks in the property time zone', () => {
  assert.deepEqual(monthRange('Asia/Shanghai', '2026-10'), { from: new Date('2026-09-30T16:00:00Z'), to: new Date('2026-10-31T16:00:00Z') });
  assert.equal(addMonths('2026-01', -1), '2025-12');
  assert.equal(addMonths('2026-12', 1), '2027-01');
  assert.deepEqual(quarterMonths('2026Q3'), ['2026-07', '2026-08', '2026-09']);
  assert.equal(quarterOf('2026-12'), '2026Q4');
  for (const [d, w] of [['2026-01-01', '2026-W01'], ['2025-12-29', '2026-W01'], ['2027-01-01', '2026-W53'], ['2026-10-09', '2026-W41'], ['2026-10-04', '2026-W40']]) assert.equal(isoWeek(d!), w, d);
  assert.equal(weekMonday('2026-W53'), '2026-12-28');
  assert.equal(weekMonday('2025-W53'), null);
  assert.equal(weekMonday('2026-41'), null);
  assert.deepEqual(weekRange('Asia/Shanghai', '2026-W41'), { from: at('2026-10-05T00:00'), to: at('2026-10-12T00:00'), monday: '2026-10-05', sunday: '2026-10-11' });
  assert.equal(monthlyReviewDeadline('Asia/Shanghai', '2026-12').toISOString(), at('2027-01-06T00:00').toISOString());
});

test('reminders fall due on the work calendar, after the holidays', () => {
  const kinds = (local: string) => dueReports(cal, at(local)).map((d) => `${d.kind}:${d.period}`);
  assert.deepEqual(kinds('2026-10-07T12:00'), [], 'national-day holidays: nothing yet');
  assert.deepEqual(kinds('2026-10-08T08:29'), []);
  assert.deepEqual(kinds('2026-10-08T08:30'), ['weekly_summary:2026-W40', 'monthly_review:2026-09']);
  assert.deepEqual(kinds('2026-10-08T17:00'), ['daily_review:2026-10-08', 'weekly_summary:2026-W40', 'monthly_review:2026-09']);
  assert.equal(statisticsDay(cal, '2026-10'), '2026-10-23', 'the 25th is a Sunday: the Friday before');
  assert.ok(kinds('2026-10-23T09:00').includes('complaints_monthly:2026-10'));
  assert.ok(!kinds('2026-10-22T09:00').includes('complaints_monthly:2026-10'));
  assert.deepEqual(kinds('2026-10-10T12:00').filter((k) => k.startsWith('daily')), [], 'Saturday: no daily review');
  assert.deepEqual(dueReports(cal, at('2026-10-08T17:00')).find((d) => d.kind === 'daily_review')?.roles, ['cs_supervisor']);
});

test('complaint rate, retention and money', () => {
  assert.deepEqual(complaintRate('2026-07', 1, 20), { month: '2026-07', validComplaints: 1, households: 20, rate: 0.05, overTarget: true });
  assert.equal(complaintRate('2026-07', 1, 21).overTarget, false);
  assert.equal(complaintRate('2026-07', 3, 0).rate, null);
  assert.deepEqual(retentionOf({}), { repairYears: 1, complaintYears: null });
  assert.deepEqual(retentionOf({ caseRetention: { repairYears: 3, complaintYears: 10 } }), { repairYears: 3, complaintYears: 10 });
  const cut = archiveCutoffs({ repairYears: 1, complaintYears: null }, new Date('2026-10-09T00:00:00Z'));
  assert.equal(cut.repair?.toISOString(), '2025-10-09T00:00:00.000Z');
  assert.equal(cut.complaint, null);
  assert.equal(yuan(12345), '123.45');
  assert.equal(yuan(5), '0.05');
});
