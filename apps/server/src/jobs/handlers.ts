import type { FastifyInstance } from 'fastify';
import type { JobRunner } from './runner.ts';
import { registerNotificationJobs } from '../domains/notifications/notifications.jobs.ts';
import { registerCaseJobs } from '../domains/cases/cases.jobs.ts';
import { registerBookingJobs } from '../domains/bookings/bookings.jobs.ts';
import { registerMeetingsJobs } from '../domains/meetings/index.ts';
import { registerBackupJobs } from './backup.jobs.ts';

/** Every domain registers its job kinds here. */
export function registerJobHandlers(runner: JobRunner, app: FastifyInstance) {
  registerNotificationJobs(runner, app);
  registerCaseJobs(runner, app);
  registerBookingJobs(runner, app);
  registerMeetingsJobs(runner, app);
  registerBackupJobs(runner, app);
}
