/** The bureau's daily report (M10), pure: the days it covers, its title, its run time; tested in bureau-report.rules.test.ts. */
import { settingsOf } from '@hy/contracts';
import { addLocalDays, nextWorkingDay, type WorkCalendar } from '../../calendar/index.ts';

/**
 * The days the report of `date` covers: every local day after `date` up to and including its
 * second next working day (a Friday report covers the weekend and Monday–Tuesday).
 */
export function bureauReportDays(cal: WorkCalendar, date: string): { from: string; to: string; workingDays: [string, string] } {
  const first = nextWorkingDay(cal, date);
  const second = nextWorkingDay(cal, first);
  return { from: addLocalDays(date, 1), to: second, workingDays: [first, second] };
}

/** 行政办事中心会议室预订情况（6月2日—6月3日） */
export function bureauReportTitle(from: string, to: string): string {
  const md = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
  return `行政办事中心会议室预订情况（${md(from)}—${md(to)}）`;
}

/** The run time of the report: the setting bureauReportTime (HH:mm, default 16:30). */
export const bureauReportTime = (settings: unknown): string => settingsOf(settings).bureauReportTime;
