import type { FastifyInstance } from 'fastify';
import type { JobRunner } from './runner.ts';
import { registerNotificationJobs } from '../domains/notifications/notifications.jobs.ts';
import { registerCasesJobs } from '../domains/cases/index.ts';
import { registerBookingsJobs } from '../domains/bookings/index.ts';
import { registerMeetingJobs } from '../domains/meetings/meetings.jobs.ts';
import { registerMeetingMoreJobs } from '../domains/meetings/meetings.more.jobs.ts';
import { registerMeetingReportJobs } from '../domains/meetings/reports.jobs.ts';
import { registerBackupJobs } from './backup.jobs.ts';

/** Every domain registers its job kinds here. */
export function registerJobHandlers(runner: JobRunner, app: FastifyInstance) {
  registerNotificationJobs(runner, app);
  registerCasesJobs(runner, app);
  registerBookingsJobs(runner, app);
  registerMeetingJobs(runner, app);
  registerMeetingMoreJobs(runner);
  registerMeetingReportJobs(runner, app);
  registerBackupJobs(runner, app);
}
