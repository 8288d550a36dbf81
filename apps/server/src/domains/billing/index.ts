/**
 * The billing domain's public entry — fees (T4). Other domains, the job registry and the route registry import
 * from here only.
 *
 *   charges/     T4  one-off charges posted by paid repairs and paid services, once per source, drawn by a month
 *   items/       T4  fee items (area, meter, fixed, charges; price, rounding, due day) and the units' billing area
 *   meters/      T4  water meter readings typed on a phone or imported from .xlsx
 *   parking/     T4  parking spaces assigned to companies; phone lines and their monthly usage
 *   months/      T4  the month's six fee tables, the receivables and their three signatures
 */
import type { FastifyInstance } from 'fastify';
import type { JobRunner } from '../../jobs/runner.ts';
import { requireAuth } from '../../plugins/require-auth.ts';
import { chargesRoutes } from './charges/charges.routes.ts';
import { itemsRoutes } from './items/items.routes.ts';
import { metersRoutes } from './meters/meters.routes.ts';
import { parkingRoutes } from './parking/parking.routes.ts';
import { monthsRoutes } from './months/months.routes.ts';
import { registerMonthsJobs } from './months/months.jobs.ts';
import { demoBillingSetup } from './months/months.demo.ts';

export { postCharge, withdrawCharge } from './charges/charges.service.ts';
export type { NewCharge } from './charges/charges.service.ts';

/** Every route of the domain (auth required). */
export async function billingRoutes(fastify: FastifyInstance) {
  fastify.addHook('preHandler', requireAuth);
  chargesRoutes(fastify);
  itemsRoutes(fastify);
  metersRoutes(fastify);
  parkingRoutes(fastify);
  monthsRoutes(fastify);
}

/** The domain's durable jobs. */
export function registerBillingJobs(runner: JobRunner, app: FastifyInstance) {
  registerMonthsJobs(runner, app);
}

/** The domain's demo history, sub-feature by sub-feature (after paid repairs and paid services have posted). */
export async function loadBillingDemo(app: FastifyInstance) {
  await demoBillingSetup(app);
}
