/**
 * The scanner of meeting services: 'meetings.scan' runs every minute (one job per minute slot, by
 * uniqueKey, like the cases SLA scanner): it syncs every booking whose notice is missing or behind
 * the booking's version (booking → notice, without a hook in the bookings domain), then alerts
 * overdue tasks once each. The three-level check's timers are checks/checks.timers.ts.
 */
import type { FastifyInstance } from 'fastify';
import type { JobRunner } from '../../../jobs/runner.ts';
import { every, everySlot } from '../../../jobs/every.ts';
import { syncPending } from './sync.service.ts';
import { alertOverdue } from '../tasks/tasks.service.ts';

export const SCAN_JOB = 'meetings.scan';
const OVERDUE_BATCH = 50;

/** One scan per minute slot. */
export const meetingScans = everySlot(SCAN_JOB, 60_000);

export function registerScanJobs(runner: JobRunner, app: FastifyInstance) {
  every(runner, app, meetingScans, async (db, now) => {
    await syncPending(db, now);
    // Bounded transactions: a backlog of overdue tasks is alerted a batch at a time (issue 9).
    while ((await alertOverdue(db, now, undefined, OVERDUE_BATCH)) === OVERDUE_BATCH);
  });
}
