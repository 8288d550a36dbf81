/** Job handler of the three-level check (SPEC M5): 'meetings.check_due' marks an unrecorded level missed and escalates it. */
import type { JobRunner } from '../../../jobs/runner.ts';
import { CHECK_JOB } from './checks.timers.ts';
import { checkDue } from './checks.service.ts';

export function registerCheckJobs(runner: JobRunner) {
  runner.register(CHECK_JOB, async (job, { db, now }) => void (await checkDue(db, job.payload, now)));
}
