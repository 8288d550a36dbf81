/**
 * Durable supervision timers (S9, S11): 'cases.supervision_tick' runs every 10 minutes (one job per
 * slot, by uniqueKey). For each property it generates the reports whose reminder is due on the work
 * calendar (dueReports), stores the snapshot in case_reports and notifies the roles once
 * (case_reports.notified_at); it also enqueues one archive run per day ('cases.archive').
 */
import type { FastifyInstance } from 'fastify';
import type { NotificationMessage } from '@hy/contracts';
import type { Db } from '../../../db/client.ts';
import { scheduleJob, type JobRunner } from '../../../jobs/runner.ts';
import { every, everySlot } from '../../../jobs/every.ts';
import { notify } from '../../notifications/index.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import * as repo from './supervision.repository.ts';
import { BUILDERS } from './supervision.data.ts';
import { dueReports, type DueReport } from './supervision.rules.ts';
import { ARCHIVE_RUN } from '../archive/archive.jobs.ts';

export const SUPERVISION_TICK = 'cases.supervision_tick';
/** One tick per ten-minute slot. */
export const supervisionTicks = everySlot(SUPERVISION_TICK, 10 * 60_000);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each report kind reads its own fields of the due report's data
const TEXT: Record<DueReport['kind'], { message: (period: string, d: Record<string, any>) => NotificationMessage; link: string }> = {
  daily_review: {
    message: (period, d) => ({
      key: 'case_report.daily_review',
      params: { period, new: d.counts.new, closed: d.counts.closed, overdue: d.counts.overdue },
    }),
    link: '/supervision/daily?date=',
  },
  weekly_summary: {
    message: (period, d) => ({
      key: 'case_report.weekly_summary',
      params: { period, total: d.counts.total, cannotProceed: d.cannotProceed.length },
    }),
    link: '/reports/cases-weekly?week=',
  },
  monthly_review: { message: (period) => ({ key: 'case_report.monthly_review', params: { period } }), link: '/supervision/monthly?month=' },
  complaints_monthly: {
    message: (period, d) => ({ key: 'case_report.complaints_monthly', params: { period, total: d.total } }),
    link: '/reports/complaints-monthly?month=',
  },
};

/** Generates and announces one due report; false if it was announced before. */
export async function generateDue(db: Db, propertyId: string, due: DueReport, now: Date): Promise<boolean> {
  const cal = await loadWorkCalendar(db, propertyId);
  const data: Record<string, unknown> = await BUILDERS[due.kind]({ db, pid: propertyId, cal, now }, due.period);
  return db.transaction(async (tx) => {
    const r = await repo.saveSnapshot(tx, due.kind, propertyId, due.period, data, now);
    if (!(await repo.markNotified(tx, r.id, now))) return false;
    const t = TEXT[due.kind];
    await notify(tx, {
      propertyId,
      roles: due.roles,
      kind: `case_report.${due.kind}`,
      severity: due.kind === 'daily_review' && (data.counts as { overdue: number }).overdue > 0 ? 'warning' : 'info',
      message: t.message(due.period, data),
      link: `${t.link}${encodeURIComponent(due.period)}&propertyId=${propertyId}`,
      data: { reportId: r.id, kind: due.kind, period: due.period },
    });
    return true;
  });
}

/** One pass: every property, every due report; idempotent. */
export async function runSupervisionTick(db: Db, now: Date, only?: string[]) {
  let sent = 0;
  for (const pid of only ?? (await repo.propertyIds(db))) {
    const cal = await loadWorkCalendar(db, pid);
    for (const due of dueReports(cal, now)) {
      const r = await repo.findReport(db, due.kind, pid, due.period);
      if (r?.notifiedAt) continue;
      if (await generateDue(db, pid, due, now)) sent++;
    }
  }
  await scheduleJob(db, ARCHIVE_RUN, {}, { uniqueKey: `${ARCHIVE_RUN}:${now.toISOString().slice(0, 10)}`, maxAttempts: 3 });
  return { sent };
}

export function registerSupervisionJobs(runner: JobRunner, app: FastifyInstance) {
  every(runner, app, supervisionTicks, (db, now) => runSupervisionTick(db, now));
}
