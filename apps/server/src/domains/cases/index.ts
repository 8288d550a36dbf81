/**
 * The service desk (报修 · 投诉, S1–S12): the cases domain's public entry. Other domains, the job
 * registry and the route registry import from here only.
 *
 *   case/            the case record every feature shares: SQL, policy, state machine, timeline, list and detail
 *   intake/          S1, S3   opening a case on any channel; consultations that open no case
 *   classification/  S2       kind, nature, severity, emergency and its sign-off (pinned list)
 *   deadlines/       S4       SLA policy and deadlines, pause / resume / extend, the SLA scanner job
 *   dispatch/        S5       to a handler, dispatch modes, workload, transfer / hand-back
 *   work-orders/     S5       工程维修派工单: issue, the engineer's steps, signature, return, void, number gaps
 *   charges/         S6       paid repairs: quote, consent, 缴费通知书, payment, monthly billing list
 *   price-list/      S6       the repair price list (labour and materials) quotes are built from
 *   callbacks/       S7       回访 and the tenant's rating
 *   closing/         S8       销项: closing conditions, resolution, quarterly close of unresolvable cases
 *   supervision/     S9       daily / weekly / monthly reviews and sign-offs, complaint statistics, reminders
 *   measures/        S10      complaint rate, three equalities, SLA attainment
 *   archive/         S11      retention, archive, search
 *   knowledge-base/  S12      standard answers, courtesy phrases, FAQ
 *   sources/                  where a case came from (a patrol finding): one case per source, shown on the case page
 */
import type { FastifyInstance } from 'fastify';
import type { JobRunner } from '../../jobs/runner.ts';
import { requireAuth } from '../../plugins/require-auth.ts';
import { caseReader } from './case/case.live.ts';
import { workOrderReader } from './work-orders/work-orders.live.ts';
import { caseRoutes } from './case/case.routes.ts';
import { intakeRoutes } from './intake/intake.routes.ts';
import { classificationRoutes } from './classification/classification.routes.ts';
import { deadlinesRoutes } from './deadlines/deadlines.routes.ts';
import { dispatchRoutes } from './dispatch/dispatch.routes.ts';
import { workOrdersRoutes } from './work-orders/work-orders.routes.ts';
import { chargesRoutes } from './charges/charges.routes.ts';
import { priceListRoutes } from './price-list/price-list.routes.ts';
import { callbacksRoutes } from './callbacks/callbacks.routes.ts';
import { closingRoutes } from './closing/closing.routes.ts';
import { supervisionRoutes } from './supervision/supervision.routes.ts';
import { measuresRoutes } from './measures/measures.routes.ts';
import { archiveRoutes } from './archive/archive.routes.ts';
import { knowledgeBaseRoutes } from './knowledge-base/knowledge-base.routes.ts';
import { sourcesRoutes } from './sources/sources.routes.ts';
import { registerDeadlineJobs } from './deadlines/deadlines.jobs.ts';
import { registerSupervisionJobs } from './supervision/supervision.jobs.ts';
import { registerArchiveJobs } from './archive/archive.jobs.ts';
import { demoPaidRepairs } from './charges/charges.demo.ts';

/** Every route of the service desk (auth required), and who may read cases and work orders (live events, files). */
export async function casesRoutes(fastify: FastifyInstance) {
  fastify.hub.registerReader('case', caseReader);
  fastify.hub.registerReader('work_order', workOrderReader);
  fastify.addHook('preHandler', requireAuth);
  intakeRoutes(fastify);
  caseRoutes(fastify);
  classificationRoutes(fastify);
  deadlinesRoutes(fastify);
  dispatchRoutes(fastify);
  workOrdersRoutes(fastify);
  chargesRoutes(fastify);
  priceListRoutes(fastify);
  callbacksRoutes(fastify);
  closingRoutes(fastify);
  supervisionRoutes(fastify);
  measuresRoutes(fastify);
  archiveRoutes(fastify);
  knowledgeBaseRoutes(fastify);
  sourcesRoutes(fastify);
}

/** The service desk's durable jobs: the SLA scanner, the supervision reminders, the daily archive run. */
export function registerCasesJobs(runner: JobRunner, app: FastifyInstance) {
  registerDeadlineJobs(runner, app);
  registerSupervisionJobs(runner, app);
  registerArchiveJobs(runner);
}

// What other parts of the server call.
export { runSlaScan } from './deadlines/deadlines.jobs.ts';
export { KB_DEMO_ENTRIES, type KbDemoEntry } from './knowledge-base/knowledge-base.demo.ts';
export { countCases } from './case/case.service.ts';
export { pinnedCases } from './classification/classification.service.ts';
export { listWorkOrders } from './work-orders/work-orders.service.ts';
export { measuresByMonth } from './measures/measures.service.ts';
export { openSourcedRepair, SourceTaken, type SourcedRepair } from './sources/sources.service.ts';
export { createCase } from './intake/intake.service.ts';
export { addEvent as addCaseEvent } from './case/case.timeline.ts';

/** The service desk's demo history beyond the generic activity: the price list and six months of paid repairs. */
export async function loadCasesDemo(app: FastifyInstance) {
  await demoPaidRepairs(app);
}
