/**
 * The paid-services domain's public entry (T5). Other domains, the job registry and the route registry import
 * from here only. Each finished service posts its charge to billing (sheet 'other_services').
 */
import type { FastifyInstance } from 'fastify';
import type { JobRunner } from '../../jobs/runner.ts';
import { requireAuth } from '../../plugins/require-auth.ts';
import { businessCenterRoutes } from './business-center/business-center.routes.ts';
import { registerBusinessCenterJobs } from './business-center/business-center.jobs.ts';
import { demoBusinessCenter } from './business-center/business-center.demo.ts';
import { laundryRoutes } from './laundry/laundry.routes.ts';
import { registerLaundryJobs } from './laundry/laundry.jobs.ts';
import { demoLaundryMeals } from './laundry/laundry.demo.ts';
import { mealsRoutes } from './meals/meals.routes.ts';
import { registerMealsJobs } from './meals/meals.jobs.ts';

/** Every route of the domain (auth required). */
export async function paidServicesRoutes(fastify: FastifyInstance) {
  fastify.addHook('preHandler', requireAuth);
  businessCenterRoutes(fastify);
  laundryRoutes(fastify);
  mealsRoutes(fastify);
}

/** The domain's durable jobs. */
export function registerPaidServicesJobs(runner: JobRunner, app: FastifyInstance) {
  registerBusinessCenterJobs(runner, app);
  registerLaundryJobs(runner, app);
  registerMealsJobs(runner, app);
}

/** The domain's demo history, sub-feature by sub-feature. */
export async function loadPaidServicesDemo(app: FastifyInstance) {
  await demoBusinessCenter(app);
  await demoLaundryMeals(app);
}
