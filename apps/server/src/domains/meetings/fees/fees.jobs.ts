/** Durable jobs of fees: 'meetings.fee_reminder' is one job per statement and round (uniqueKey); the round guard makes reruns harmless. */
import type { JobRunner } from '../../../jobs/runner.ts';
import { FEE_REMINDER_JOB, feeReminder } from './fees.service.ts';

export function registerFeeJobs(runner: JobRunner) {
  runner.register(FEE_REMINDER_JOB, async (job, { db, now }) => void (await feeReminder(db, job.payload, now)));
}
