/** Durable jobs of bookings: expiry of undecided requests, and the bureau's daily report. */
import type { FastifyInstance } from 'fastify';
import type { JobRunner } from '../../jobs/runner.ts';
import { EXPIRE_JOB, expireBooking } from './create/create.service.ts';
import { BUREAU_JOB, ensureBureauSchedule, runBureauReport } from './bureau-report/bureau-report.service.ts';

export function registerBookingJobs(runner: JobRunner, app: FastifyInstance) {
  runner.register(EXPIRE_JOB, async (job, { db, now }) => void (await expireBooking(db, job.payload, now)));
  runner.register(BUREAU_JOB, async (job, { db, now }) => void (await runBureauReport(db, job.payload, now)));
  if (app.config.jobs) app.addHook('onReady', async () => ensureBureauSchedule(app.database.db, app.clock.now()));
}
