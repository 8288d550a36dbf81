import type { FastifyInstance } from 'fastify';
import type { JobRunner } from './runner.ts';
import { registerNotificationJobs } from '../domains/notifications/notifications.jobs.ts';
import { registerCaseJobs } from '../domains/cases/cases.jobs.ts';
import { registerBookingJobs } from '../domains/bookings/bookings.jobs.ts';
import { registerMeetingJobs } from '../domains/meetings/notices/notices.jobs.ts';
import { registerMeetingMoreJobs } from '../domains/meetings/fees/fees.jobs.ts';
import { registerMeetingReportJobs } from '../domains/meetings/reports/reports.jobs.ts';
import { registerBackupJobs } from './backup.jobs.ts';

/** Every domain registers its job kinds here. */
export function registerJobHandlers(runner: JobRunner, app: FastifyInstance) {
  registerNotificationJobs(runner, app);
  registerCaseJobs(runner, app);
  registerBookingJobs(runner, app);
  registerMeetingJobs(runner, app);
  registerMeetingMoreJobs(runner);
  registerMeetingReportJobs(runner, app);
  registerBackupJobs(runner, app);
}
