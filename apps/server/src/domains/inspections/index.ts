/**
 * The inspections domain's public entry — patrols (T2): plans and checkpoints, rounds on foot, findings that go somewhere, reviews. Other domains, the job registry and the route registry import
 * from here only.
 *
 *   plans/       T2  plans per area: schedule (RRULE), window, assignee or role, ordered checkpoints with QR codes and checklists
 *   rounds/      T2  rounds: created ahead by a job, walked on a phone (scan or pick), results and photos, missed/late alerts
 *   findings/    T2  findings: cleaning/greenery/pest to housekeeping with re-inspection; repair to a case and a work order
 *   reviews/     T2  the manager's daily review sign-off and each inspector's Friday summary
 */
import type { FastifyInstance } from 'fastify';
import type { JobRunner } from '../../jobs/runner.ts';
import { requireAuth } from '../../plugins/require-auth.ts';
import { plansRoutes } from './plans/plans.routes.ts';
import { demoPlans } from './plans/plans.demo.ts';
import { roundsRoutes } from './rounds/rounds.routes.ts';
import { demoRounds } from './rounds/rounds.demo.ts';
import { findingsRoutes } from './findings/findings.routes.ts';
import { demoFindings } from './findings/findings.demo.ts';
import { reviewsRoutes } from './reviews/reviews.routes.ts';
import { demoReviews } from './reviews/reviews.demo.ts';

import { registerRoundsJobs } from './rounds/rounds.jobs.ts';

export { roundsOfDay } from './rounds/rounds.service.ts';
/** One pass of the rounds job's creation (benchmarks and tools): each plan's rounds whose time has come. */
export { generateRounds } from './rounds/rounds.jobs.ts';
export { findingsFromVisit } from './findings/findings.hooks.ts';
export { cleaningFindingFigures, type CleaningFindingFigures } from './findings/findings.figures.ts';

/** Every route of the domain (auth required). */
export async function inspectionsRoutes(fastify: FastifyInstance) {
  fastify.addHook('preHandler', requireAuth);
  plansRoutes(fastify);
  roundsRoutes(fastify);
  findingsRoutes(fastify);
  reviewsRoutes(fastify);
}

/** The domain's durable jobs. */
export function registerInspectionsJobs(runner: JobRunner, app: FastifyInstance) {
  registerRoundsJobs(runner, app);
}

/** The domain's demo history, sub-feature by sub-feature. */
export async function loadInspectionsDemo(app: FastifyInstance) {
  await demoPlans(app);
  await demoRounds(app);
  await demoFindings(app);
  await demoReviews(app);
}
