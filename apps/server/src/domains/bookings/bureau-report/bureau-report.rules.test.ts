import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinOverrides } from '../../calendar/index.ts';
import type { WorkCalendar } from '../../calendar/index.ts';
import { bureauReportDays, bureauReportTime, bureauReportTitle } from './bureau-report.rules.ts';

const CAL: WorkCalendar = { timeZone: 'Asia/Shanghai', workStart: '08:30', workEnd: '17:30', overrides: builtinOverrides() };

test('bureau report: the days up to the second next working day, title, time setting', () => {
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
