/**
 * Durable jobs of meeting services:
 *  - 'meetings.scan' runs every minute (one job per minute slot, by uniqueKey, like the cases SLA
 *    scanner): it syncs every booking whose notice is missing or behind the booking's version
 *    (booking → notice, without a hook in the bookings domain), then alerts overdue tasks once each.
 *  - 'meetings.check_due' is one timer per three-level check and due time (uniqueKey), so a
 *    restart or a second instance neither loses nor doubles it.
 */
import type { FastifyInstance } from 'fastify';
import type { DbOrTx } from '../../../db/client.ts';
import { scheduleJob, type JobRunner } from '../../../jobs/runner.ts';
import { CHECK_JOB, alertOverdue, checkDue, syncPending } from './notices.service.ts';

export const SCAN_JOB = 'meetings.scan';
const OVERDUE_BATCH = 50;

export async function scheduleNextScan(db: DbOrTx, now: Date, offsetMinutes = 1) {
  const slot = new Date((Math.floor(now.getTime() / 60_000) + offsetMinutes) * 60_000);
  return scheduleJob(db, SCAN_JOB, {}, { runAt: slot, uniqueKey: `${SCAN_JOB}:${slot.toISOString()}`, maxAttempts: 3 });
}

export function registerMeetingJobs(runner: JobRunner, app: FastifyInstance) {
  runner.register(SCAN_JOB, async (_job, { db, now }) => {
    await scheduleNextScan(db, now); // first: a failing pass must not end the chain
    await syncPending(db, now);
    // Bounded transactions: a backlog of overdue tasks is alerted a batch at a time (issue 9).
    while ((await alertOverdue(db, now, undefined, OVERDUE_BATCH)) === OVERDUE_BATCH);
  });
  runner.register(CHECK_JOB, async (job, { db, now }) => void (await checkDue(db, job.payload, now)));
  if (app.config.jobs) app.addHook('onReady', async () => void (await scheduleNextScan(app.database.db, app.clock.now(), 0)));
}
