/**
 * The period of a meeting report from the address (?tab=&date=&week=&month=): each checked, falling back to
 * the day, ISO week or month that holds today. Weeks are the contracts' ISO 8601 labels ('YYYY-Www');
 * the week picker's Dayjs values convert through plain 'YYYY-MM-DD' days.
 */
import dayjs, { type Dayjs } from 'dayjs';
import { isDay, isMonth, isoWeek, weekMonday } from '@hy/contracts';
import type { ReportTab } from '../api';

export const REPORT_TABS: readonly ReportTab[] = ['daily', 'weekly', 'monthly'];

/** The report asked for; `today` is 'YYYY-MM-DD' in the property's time zone. */
export function reportPeriod(params: URLSearchParams, today: string) {
  const tab = REPORT_TABS.includes(params.get('tab') as ReportTab) ? (params.get('tab') as ReportTab) : 'daily';
  const date = isDay(params.get('date') ?? '') ? params.get('date')! : today;
  const week = weekMonday(params.get('week') ?? '') ? params.get('week')! : isoWeek(today);
  const month = isMonth(params.get('month') ?? '') ? params.get('month')! : today.slice(0, 7);
  return { tab, date, week, month, period: { daily: date, weekly: week, monthly: month }[tab] };
}

/** The ISO week label of a picked calendar day. */
export const weekOfDay = (d: Dayjs) => isoWeek(d.format('YYYY-MM-DD'));

/** Monday of an ISO week label as a calendar day for the picker; null when no such week exists. */
export function mondayOfWeek(week: string): Dayjs | null {
  const monday = weekMonday(week);
  return monday ? dayjs(monday) : null;
}
