import type { FastifyInstance } from 'fastify';
import type { JobRunner } from './runner.ts';
import { registerNotificationJobs } from '../domains/notifications/notifications.jobs.ts';
import { registerCasesJobs } from '../domains/cases/index.ts';
import { registerBookingsJobs } from '../domains/bookings/index.ts';
import { registerMeetingsJobs } from '../domains/meetings/index.ts';
import { registerFilesJobs } from '../domains/files/index.ts';
import { registerFrontDeskJobs } from '../domains/front-desk/index.ts';
import { registerInspectionsJobs } from '../domains/inspections/index.ts';
import { registerTenantsJobs } from '../domains/tenants/index.ts';
import { registerStaffQualityJobs } from '../domains/staff-quality/index.ts';
import { registerBillingJobs } from '../domains/billing/index.ts';
import { registerPaidServicesJobs } from '../domains/paid-services/index.ts';
import { registerGuestRoomsJobs } from '../domains/guest-rooms/index.ts';
import { registerEventsJobs } from '../domains/events/index.ts';
import { registerBackupJobs } from './backup.jobs.ts';

/** Every domain registers its job kinds here. */
export function registerJobHandlers(runner: JobRunner, app: FastifyInstance) {
  registerNotificationJobs(runner, app);
  registerCasesJobs(runner, app);
  registerBookingsJobs(runner, app);
  registerMeetingsJobs(runner, app);
  registerFilesJobs(runner, app);
  registerFrontDeskJobs(runner, app);
  registerInspectionsJobs(runner, app);
  registerTenantsJobs(runner, app);
  registerStaffQualityJobs(runner, app);
  registerBillingJobs(runner, app);
  registerPaidServicesJobs(runner, app);
  registerGuestRoomsJobs(runner, app);
  registerEventsJobs(runner, app);
  registerBackupJobs(runner, app);
}
