/**
 * The bookings domain's public entry (SPEC M2, M3, M10, M12, X5): its routes, its job handlers, and
 * the few functions other domains call. Nothing else in bookings is imported from outside.
 */
import type { FastifyInstance } from 'fastify';
import type { JobRunner } from '../../jobs/runner.ts';
import { bookingReader } from './booking/booking.live.ts';
import { createRoutes } from './create/create.routes.ts';
import { bookingRoutes } from './booking/booking.routes.ts';
import { changeRoutes } from './change/change.routes.ts';
import { approvalRoutes } from './approval/approval.routes.ts';
import { boardRoutes } from './board/board.routes.ts';
import { seriesRoutes } from './series/series.routes.ts';
import { closuresRoutes } from './closures/closures.routes.ts';
import { feedsRoutes } from './feeds/feeds.routes.ts';
import { bureauReportRoutes } from './bureau-report/bureau-report.routes.ts';
import { quickBookRoutes } from './quick-book/quick-book.routes.ts';
import { EXPIRE_JOB, expireBooking } from './approval/approval.jobs.ts';
import { BUREAU_JOB, ensureBureauSchedule, runBureauReport } from './bureau-report/bureau-report.jobs.ts';

/** Every bookings route; live booking events reach only those who may read the booking. */
export async function bookingsRoutes(fastify: FastifyInstance) {
  fastify.hub.registerReader('booking', bookingReader);
  for (const routes of [
    createRoutes,
    bookingRoutes,
    changeRoutes,
    approvalRoutes,
    boardRoutes,
    seriesRoutes,
    closuresRoutes,
    feedsRoutes,
    bureauReportRoutes,
    quickBookRoutes,
  ]) {
    await routes(fastify);
  }
}

/** Durable jobs of bookings: expiry of undecided requests, and the bureau's daily report. */
export function registerBookingsJobs(runner: JobRunner, app: FastifyInstance) {
  runner.register(EXPIRE_JOB, async (job, { db, now }) => void (await expireBooking(db, job.payload, now)));
  runner.register(BUREAU_JOB, async (job, { db, now }) => void (await runBureauReport(db, job.payload, now)));
  if (app.config.jobs) app.addHook('onReady', async () => ensureBureauSchedule(app.database.db, app.clock.now()));
}

/** Used by other domains. */
export { listBookings } from './booking/booking.service.ts';
export { effectiveLeadTime } from './lead-times/lead-times.rules.ts';
export { scheduleBureauReport } from './bureau-report/bureau-report.jobs.ts';
// M12, one confidentiality policy for lists, details, reports and exports (meetings applies it to its notices).
export {
  isClosed,
  isOwnOrganization,
  listViewer,
  publicView,
  seesAllClosed,
  type ClosedViewer,
} from './confidentiality/confidentiality.policy.ts';
export { visibleTo } from './confidentiality/confidentiality.repository.ts';
export { audienceOf, canSee } from './confidentiality/confidentiality.service.ts';
// M13, an event's programme: several venues booked all or nothing; a session moved or cancelled as any booking.
export { bookMany, type ManyProblem } from './create/many.service.ts';
export { updateBooking } from './change/change.service.ts';
export { cancelBooking } from './approval/approval.service.ts';
