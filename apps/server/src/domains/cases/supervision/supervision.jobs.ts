/**
 * Durable supervision timers (S9, S11): 'cases.supervision_tick' runs every 10 minutes (one job per
 * slot, by uniqueKey). For each property it generates the reports whose reminder is due on the work
 * calendar (dueReports), stores the snapshot in case_reports and notifies the roles once
 * (case_reports.notified_at); it also enqueues one archive run per day ('cases.archive').
 */
import type { FastifyInstance } from 'fastify';
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
const TEXT: Record<DueReport['kind'], { title: (p: string, d: Record<string, any>) => string; link: string }> = {
  daily_review: {
    title: (p, d) => `请审阅并签字：${p} 报修投诉日清（新 ${d.counts.new}，销项 ${d.counts.closed}，超时 ${d.counts.overdue}）`,
    link: '/supervision/daily?date=',
  },
  weekly_summary: {
    title: (p, d) => `上周报修投诉汇总 ${p}：共 ${d.counts.total} 件，无法处理 ${d.cannotProceed.length} 件`,
    link: '/reports/cases-weekly?week=',
  },
  monthly_review: { title: (p) => `请于 5 日前审阅 ${p} 报修投诉立项、销项记录`, link: '/supervision/monthly?month=' },
  complaints_monthly: {
    title: (p, d) => `请于 30 日前填报 ${p}《客户投诉月统计表》及分析（本月投诉 ${d.total} 件）`,
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
      title: t.title(due.period, data),
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
