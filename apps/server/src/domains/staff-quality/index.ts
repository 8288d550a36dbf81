/**
 * The staff-quality domain's public entry — staff quality: hygiene inspections, training, evaluations and spot checks, the contractor's monthly evaluation. Other domains, the job registry and the route registry import
 * from here only.
 *
 *   hygiene/     hygiene inspections at their frequencies (team weekly, area half-monthly, department monthly) with scores
 *   training/    the monthly training plan: sessions, attendance, results
 *   evaluations/ evaluations of staff per criterion; spot checks of front-desk staff
 *   contractor/  the cleaning contractor's monthly evaluation that decides its payment
 */
import type { FastifyInstance } from 'fastify';
import type { JobRunner } from '../../jobs/runner.ts';
import { requireAuth } from '../../plugins/require-auth.ts';
import { hygieneRoutes } from './hygiene/hygiene.routes.ts';
import { demoHygiene } from './hygiene/hygiene.demo.ts';
import { trainingRoutes } from './training/training.routes.ts';
import { demoTraining } from './training/training.demo.ts';
import { evaluationsRoutes } from './evaluations/evaluations.routes.ts';
import { demoEvaluations } from './evaluations/evaluations.demo.ts';
import { contractorRoutes } from './contractor/contractor.routes.ts';
import { demoContractor } from './contractor/contractor.demo.ts';
import { withQualityDemo } from './staff-quality.demo.ts';
import { registerHygieneJobs } from './hygiene/hygiene.jobs.ts';

/** Every route of the domain (auth required). */
export async function staffQualityRoutes(fastify: FastifyInstance) {
  fastify.addHook('preHandler', requireAuth);
  hygieneRoutes(fastify);
  trainingRoutes(fastify);
  evaluationsRoutes(fastify);
  contractorRoutes(fastify);
}

/** The domain's durable jobs. */
export function registerStaffQualityJobs(runner: JobRunner, app: FastifyInstance) {
  registerHygieneJobs(runner, app);
}

/** The domain's demo history, sub-feature by sub-feature. */
export async function loadStaffQualityDemo(app: FastifyInstance) {
  const t0 = Date.now();
  await withQualityDemo(app, async (demo) => {
    await demoHygiene(demo);
    await demoTraining(demo);
    await demoEvaluations(demo);
    await demoContractor(demo);
  });
  app.log.info({ ms: Date.now() - t0 }, 'staff-quality demo generated');
}
