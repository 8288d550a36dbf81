import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WorkCalendar } from '../../calendar/index.ts';
import { dueReports, firstWorkingDayOfMonth, monthlyReviewDeadline, statisticsDay } from './supervision.rules.ts';
import { at } from '../../../test/builders.ts';

const holidays = new Map([1, 2, 3, 4, 5, 6, 7].map((d) => [`2026-10-0${d}`, { kind: 'holiday' as const }]));
const cal: WorkCalendar = { timeZone: 'Asia/Shanghai', workStart: '08:30', workEnd: '17:30', overrides: holidays };

test('reminders fall due on the work calendar, after the holidays', () => {
  const kinds = (local: string) => dueReports(cal, at(local)).map((d) => `${d.kind}:${d.period}`);
  assert.deepEqual(kinds('2026-10-07T12:00'), [], 'national-day holidays: nothing yet');
  assert.deepEqual(kinds('2026-10-08T08:29'), []);
  assert.deepEqual(kinds('2026-10-08T08:30'), ['weekly_summary:2026-W40', 'monthly_review:2026-09']);
  assert.deepEqual(kinds('2026-10-08T17:00'), ['daily_review:2026-10-08', 'weekly_summary:2026-W40', 'monthly_review:2026-09']);
  assert.equal(statisticsDay(cal, '2026-10'), '2026-10-23', 'the 25th is a Sunday: the Friday before');
  assert.ok(kinds('2026-10-23T09:00').includes('complaints_monthly:2026-10'));
  assert.ok(!kinds('2026-10-22T09:00').includes('complaints_monthly:2026-10'));
  assert.deepEqual(
    kinds('2026-10-10T12:00').filter((k) => k.startsWith('daily')),
    [],
    'Saturday: no daily review',
  );
  assert.deepEqual(dueReports(cal, at('2026-10-08T17:00')).find((d) => d.kind === 'daily_review')?.roles, ['cs_supervisor']);
  assert.equal(monthlyReviewDeadline('Asia/Shanghai', '2026-12').toISOString(), at('2027-01-06T00:00').toISOString());
});

test("the PM's reminder falls on the first working day of the month, the statistics on the last working day by the 25th", () => {
  const table: [string, string, string][] = [
    // month, first working day, statistics day
    ['2026-10', '2026-10-08', '2026-10-23'], // 1–7 October are holidays; the 25th is a Sunday
    ['2026-11', '2026-11-02', '2026-11-25'], // 1 November is a Sunday; the 25th a Wednesday
    ['2026-08', '2026-08-03', '2026-08-25'], // 1 August is a Saturday
    ['2026-07', '2026-07-01', '2026-07-24'], // the 25th is a Saturday
    ['2026-09', '2026-09-01', '2026-09-25'],
  ];
  for (const [month, first, stats] of table) {
    assert.equal(firstWorkingDayOfMonth(cal, month), first, `first of ${month}`);
    assert.equal(statisticsDay(cal, month), stats, `statistics of ${month}`);
  }
});
