/**
 * The front desk (总台, F1–F6): the front-desk domain's public entry. Other domains, the job registry and
 * the route registry import from here only.
 *
 *   directory/   F2  通讯录: departments, tenants and people, searched by name, unit, company, initials, phone
 *   visitors/    F1  visitors: appointments and walk-ins, the host's consent, ID, slip, in the building now
 *   mail/        F4  mail and parcels: logged, notified, handed over against a signature; outgoing mail
 *   messages/    F2  the message book and business calls
 *   lending/     F3  items lent at the desk: stock, due times, returns, overdue
 *   executive-floor/ F6  requests from the executives' offices to the departments; the morning thermos round
 *   queue/       F1–F5 the desk queue: every list the desk works from in one answer (总台工作台)
 *   handover/    F5  交接班: the outgoing shift's handover (open items, counts, notes), acknowledged item by item
 */
import type { FastifyInstance } from 'fastify';
import type { JobRunner } from '../../jobs/runner.ts';
import { requireAuth } from '../../plugins/require-auth.ts';
import { registerVisitorsJobs } from './visitors/visitors.jobs.ts';
import { registerMailJobs } from './mail/mail.jobs.ts';
import { registerMessagesJobs } from './messages/messages.jobs.ts';
import { registerLendingJobs } from './lending/lending.jobs.ts';
import { directoryRoutes } from './directory/directory.routes.ts';
import { visitorsRoutes } from './visitors/visitors.routes.ts';
import { mailRoutes } from './mail/mail.routes.ts';
import { messagesRoutes } from './messages/messages.routes.ts';
import { lendingRoutes } from './lending/lending.routes.ts';
import { executiveFloorRoutes } from './executive-floor/executive-floor.routes.ts';
import { registerExecutiveFloorJobs } from './executive-floor/executive-floor.jobs.ts';
import { executiveRequestReader } from './executive-floor/executive-floor.live.ts';
import { mailItemReader } from './mail/mail.live.ts';
import { queueRoutes } from './queue/queue.routes.ts';
import { handoverRoutes } from './handover/handover.routes.ts';
import { registerHandoverJobs } from './handover/handover.jobs.ts';

export { loadFrontDeskDemo } from './front-desk.demo.ts';
export { findEntries as findDirectoryEntries, findEntry as findDirectoryEntry } from './directory/directory.repository.ts';
export { initialsOf, pigeonholeOf } from './directory/directory.rules.ts';
export { deskQueue } from './queue/queue.service.ts';
/** The handover the next shift has to take over (latest submitted, not accepted), presented for the reader, or {data: null}. */
export { currentHandover } from './handover/handover.service.ts';

/** Every route of the front desk (auth required). */
export async function frontDeskRoutes(fastify: FastifyInstance) {
  fastify.hub.registerReader('executive_request', executiveRequestReader);
  fastify.hub.registerReader('mail_item', mailItemReader);
  fastify.addHook('preHandler', requireAuth);
  directoryRoutes(fastify);
  visitorsRoutes(fastify);
  mailRoutes(fastify);
  messagesRoutes(fastify);
  lendingRoutes(fastify);
  executiveFloorRoutes(fastify);
  queueRoutes(fastify);
  handoverRoutes(fastify);
}

/** The front desk's durable jobs: reminders for sign-outs, pickups, undelivered messages, overdue loans. */
export function registerFrontDeskJobs(runner: JobRunner, app: FastifyInstance) {
  registerVisitorsJobs(runner, app);
  registerMailJobs(runner, app);
  registerMessagesJobs(runner, app);
  registerLendingJobs(runner, app);
  registerExecutiveFloorJobs(runner, app);
  registerHandoverJobs(runner, app);
}
