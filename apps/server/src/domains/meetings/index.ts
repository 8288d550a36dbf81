/**
 * The meetings domain's public entry (SPEC M4–M12): a Fastify plugin with every meetings route,
 * `registerMeetingsJobs` for its job handlers, and the few functions other code calls (the demo
 * data, the benchmarks). Sub-features: notices, tasks, checks, during, staffing, materials, after,
 * fees, attendees, reports; meeting/ holds what they share (access, live audience, numbers).
 */
import type { FastifyInstance } from 'fastify';
import type { JobRunner } from '../../jobs/runner.ts';
import { incidentReader, noticeReader, taskReader } from './meeting/meeting.live.ts';
import { noticesRoutes } from './notices/notices.routes.ts';
import { tasksRoutes } from './tasks/tasks.routes.ts';
import { checksRoutes } from './checks/checks.routes.ts';
import { duringRoutes } from './during/during.routes.ts';
import { feesRoutes } from './fees/fees.routes.ts';
import { afterRoutes } from './after/after.routes.ts';
import { lostItemReader } from './after/after.live.ts';
import { attendeesRoutes } from './attendees/attendees.routes.ts';
import { materialsRoutes } from './materials/materials.routes.ts';
import { staffingRoutes } from './staffing/staffing.routes.ts';
import { reportsRoutes } from './reports/reports.routes.ts';
import { registerScanJobs } from './notices/notices.jobs.ts';
import { registerCheckJobs } from './checks/checks.jobs.ts';
import { registerFeeJobs } from './fees/fees.jobs.ts';
import { registerReportJobs } from './reports/reports.jobs.ts';

export { syncBooking, syncPending } from './notices/sync.service.ts';
export { loadDefaultTemplates } from './tasks/templates.service.ts';
export { inviteSurveys } from './reports/survey.service.ts';
// What the cockpit reads (X6): the lists its tiles count.
export { listNotices } from './notices/notices.service.ts';
export { departmentBoard } from './tasks/tasks.service.ts';
export { listStatements } from './fees/fees.service.ts';
// The events' budget draws the main session's fee statement from its actuals (M13).
export { draftStatement, issueStatement, statementOf } from './fees/fees.service.ts';
export { meetingsIn } from './reports/reports.service.ts';
export {
  checkout as checkoutMaterial,
  giveBack as returnMaterial,
  listItems as listWarehouseItems,
} from './materials/materials.service.ts';
export { findByNamePhone as findMeetingAttendees, insertAttendees as insertMeetingAttendees } from './attendees/attendees.repository.ts';

/** Every meetings route, and the live-stream readers of its entities. */
export async function meetingsRoutes(fastify: FastifyInstance) {
  fastify.hub.registerReader('notice', noticeReader);
  fastify.hub.registerReader('task', taskReader);
  fastify.hub.registerReader('incident', incidentReader);
  fastify.hub.registerReader('lost_item', lostItemReader);
  tasksRoutes(fastify);
  noticesRoutes(fastify);
  checksRoutes(fastify);
  duringRoutes(fastify);
  feesRoutes(fastify);
  afterRoutes(fastify);
  attendeesRoutes(fastify);
  materialsRoutes(fastify);
  staffingRoutes(fastify);
  reportsRoutes(fastify); // M10 reports and the satisfaction survey
}

export function registerMeetingsJobs(runner: JobRunner, app: FastifyInstance) {
  registerScanJobs(runner, app);
  registerCheckJobs(runner);
  registerFeeJobs(runner);
  registerReportJobs(runner, app);
}
