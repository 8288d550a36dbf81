/**
 * The period of a meeting report from the address (?tab=&date=&week=&month=): each checked, falling back to
 * the period the server names (the current one when it has data, else the last complete one), or until it
 * answers the calendar's guess (reportDefaults) — no Sunday-morning zeros. Weeks are the contracts' ISO 8601 labels ('YYYY-Www');
 * the week picker's Dayjs values convert through plain 'YYYY-MM-DD' days.
 */
import dayjs, { type Dayjs } from 'dayjs';
import { isDay, isMonth, isoWeek, reportDefaults, weekMonday } from '@hy/contracts';
import type { ReportTab } from '../api';

export const REPORT_TABS: readonly ReportTab[] = ['daily', 'weekly', 'monthly'];

/**
 * The report asked for; `today` is 'YYYY-MM-DD' in the property's time zone, `opening` the server's
 * default periods (GET /reports/meetings/default-period: current ones with data, else the last complete).
 */
export function reportPeriod(params: URLSearchParams, today: string, opening?: { day: string; week: string; month: string }) {
  const tab = REPORT_TABS.includes(params.get('tab') as ReportTab) ? (params.get('tab') as ReportTab) : 'daily';
  const d = opening ?? reportDefaults(today);
  const date = isDay(params.get('date') ?? '') ? params.get('date')! : d.day;
  const week = weekMonday(params.get('week') ?? '') ? params.get('week')! : d.week;
  const month = isMonth(params.get('month') ?? '') ? params.get('month')! : d.month;
  return { tab, date, week, month, period: { daily: date, weekly: week, monthly: month }[tab] };
}

/** The ISO week label of a picked calendar day. */
export const weekOfDay = (d: Dayjs) => isoWeek(d.format('YYYY-MM-DD'));

/** Monday of an ISO week label as a calendar day for the picker; null when no such week exists. */
export function mondayOfWeek(week: string): Dayjs | null {
  const monday = weekMonday(week);
  return monday ? dayjs(monday) : null;
}

/** True when the address names the period of its tab (no need to wait for the server's default). */
export function periodAsked(params: URLSearchParams) {
  const tab = REPORT_TABS.includes(params.get('tab') as ReportTab) ? (params.get('tab') as ReportTab) : 'daily';
  const v = params.get({ daily: 'date', weekly: 'week', monthly: 'month' }[tab]) ?? '';
  return { daily: isDay, weekly: (w: string) => !!weekMonday(w), monthly: isMonth }[tab](v);
}
