/**
 * The scanner of meeting services: 'meetings.scan' runs every minute (one job per minute slot, by
 * uniqueKey, like the cases SLA scanner): it syncs every booking whose notice is missing or behind
 * the booking's version (booking → notice, without a hook in the bookings domain), then alerts
 * overdue tasks once each. The three-level check's timers are checks/checks.timers.ts.
 */
import type { FastifyInstance } from 'fastify';
import type { DbOrTx } from '../../../db/client.ts';
import { scheduleJob, type JobRunner } from '../../../jobs/runner.ts';
import { syncPending } from './sync.service.ts';
import { alertOverdue } from '../tasks/tasks.service.ts';

export const SCAN_JOB = 'meetings.scan';
const OVERDUE_BATCH = 50;

export async function scheduleNextScan(db: DbOrTx, now: Date, offsetMinutes = 1) {
  const slot = new Date((Math.floor(now.getTime() / 60_000) + offsetMinutes) * 60_000);
  return scheduleJob(db, SCAN_JOB, {}, { runAt: slot, uniqueKey: `${SCAN_JOB}:${slot.toISOString()}`, maxAttempts: 3 });
}

export function registerScanJobs(runner: JobRunner, app: FastifyInstance) {
  runner.register(SCAN_JOB, async (_job, { db, now }) => {
    await scheduleNextScan(db, now); // first: a failing pass must not end the chain
    await syncPending(db, now);
    // Bounded transactions: a backlog of overdue tasks is alerted a batch at a time (issue 9).
    while ((await alertOverdue(db, now, undefined, OVERDUE_BATCH)) === OVERDUE_BATCH);
  });
  if (app.config.jobs) app.addHook('onReady', async () => void (await scheduleNextScan(app.database.db, app.clock.now(), 0)));
}
