/**
 * What each supervision report holds (S9): the daily review, the weekly summary, the project manager's
 * monthly review and the monthly complaint statistics (《客户投诉月统计表》). Each builder (environment,
 * period → JSON) serves both the GET endpoints and the scheduled reminders.
 */
import { CASE_CHANNELS, CASE_CATEGORIES, COMMUNICATIVE_TYPES, COMPLAINT_NATURES, SEVERITIES } from '@hy/contracts';
import type { CaseReportKind } from '../../../db/schema/index.ts';
import * as repo from './supervision.repository.ts';
import { dayPeriod, monthPeriod, weekPeriod } from '../../../lib/periods.ts';
import { monthlyReviewDeadline } from './supervision.rules.ts';
import { percent } from '../measures/measures.rules.ts';
import { presentBriefs } from './supervision.presenter.ts';
import { LIST_LIMIT, type Json, type ReportEnv } from './reports.ts';

async function dailyData({ db, pid, cal, now }: ReportEnv, date: string) {
  const r = dayPeriod(date, cal.timeZone)!;
  const until = new Date(Math.min(now.getTime(), r.to.getTime()));
  const [created, closed, overdue, escalated] = await Promise.all([
    repo.createdIn(db, pid, r, LIST_LIMIT),
    repo.closedIn(db, pid, r, LIST_LIMIT),
    repo.overdueAt(db, pid, until, LIST_LIMIT),
    repo.escalatedIn(db, pid, r, LIST_LIMIT),
  ]);
  return {
    propertyId: pid,
    date,
    counts: { new: created.length, closed: closed.length, overdue: overdue.length, escalated: escalated.length },
    new: presentBriefs(created),
    closed: presentBriefs(closed),
    overdue: presentBriefs(overdue),
    escalated: presentBriefs(escalated),
  };
}

async function weeklyData({ db, pid, cal, now }: ReportEnv, week: string) {
  const r = weekPeriod(week, cal.timeZone)!;
  const [counts, created, stuck] = await Promise.all([
    repo.periodCounts(db, pid, r, now),
    repo.createdIn(db, pid, r, LIST_LIMIT),
    repo.cannotProceed(db, pid, r, LIST_LIMIT),
  ]);
  return {
    propertyId: pid,
    week,
    from: r.days[0]!,
    to: r.days[6]!,
    counts,
    cases: presentBriefs(created),
    cannotProceed: presentBriefs(stuck),
  };
}

async function monthlyReviewData({ db, pid, cal, now }: ReportEnv, month: string) {
  const r = monthPeriod(month, cal.timeZone)!;
  const [counts, closed, escalated, stuck] = await Promise.all([
    repo.periodCounts(db, pid, r, now),
    repo.closedIn(db, pid, r, LIST_LIMIT),
    repo.escalatedIn(db, pid, r, LIST_LIMIT),
    repo.cannotProceed(db, pid, r, LIST_LIMIT),
  ]);
  return {
    propertyId: pid,
    month,
    deadline: monthlyReviewDeadline(cal.timeZone, month).toISOString(),
    counts,
    closed: presentBriefs(closed),
    escalated: presentBriefs(escalated),
    cannotProceed: presentBriefs(stuck),
  };
}

const DIMS = {
  nature: COMPLAINT_NATURES,
  nature_type: COMMUNICATIVE_TYPES,
  category: CASE_CATEGORIES,
  severity: SEVERITIES,
  channel: CASE_CHANNELS,
};
const DIM_KEYS = {
  nature: 'byNature',
  nature_type: 'byNatureType',
  category: 'byCategory',
  severity: 'bySeverity',
  channel: 'byChannel',
} as const;

export async function complaintsMonthlyData({ db, pid, cal, now }: ReportEnv, month: string) {
  const s = await repo.complaintStats(db, pid, monthPeriod(month, cal.timeZone)!, now, DIMS);
  const n = (k: string) => Number(s[k] ?? 0);
  const dims = Object.fromEntries(
    Object.entries(DIMS).map(([col, values]) => [
      DIM_KEYS[col as keyof typeof DIMS],
      Object.fromEntries(values.map((v) => [v, n(`${col}:${v}`)])),
    ]),
  ) as Record<(typeof DIM_KEYS)[keyof typeof DIMS], Record<string, number>>;
  dims.byNature.unclassified = n('nature:unclassified');
  return {
    propertyId: pid,
    month,
    total: n('total'),
    ...dims,
    handling: {
      onTime: n('onTime'),
      late: n('late'),
      open: n('open'),
      finished: n('finished'),
      onTimePct: percent(n('onTime'), n('onTime') + n('late')),
    },
    satisfaction: {
      callbacks: n('callbacks'),
      satisfied: n('satisfied'),
      satisfiedPct: percent(n('satisfied'), n('callbacks')),
      avgRating: s.avgRating ?? null,
    },
  };
}

export const BUILDERS = {
  daily_review: dailyData,
  weekly_summary: weeklyData,
  monthly_review: monthlyReviewData,
  complaints_monthly: complaintsMonthlyData,
} satisfies Record<Exclude<CaseReportKind, 'complaint_rate'>, (env: ReportEnv, period: string) => Promise<Json>>;
/** What the builder of a kind answers (a signed snapshot holds the same, as JSON). */
export type ReportData<K extends keyof typeof BUILDERS> = Awaited<ReturnType<(typeof BUILDERS)[K]>>;
