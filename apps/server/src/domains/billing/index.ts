/**
 * The billing domain's public entry — fees (T4). Other domains, the job registry and the route registry import
 * from here only.
 *
 *   charges/     T4  one-off charges posted by paid repairs and paid services, once per source, drawn by a month
 */
import type { FastifyInstance } from 'fastify';
import type { JobRunner } from '../../jobs/runner.ts';
import { requireAuth } from '../../plugins/require-auth.ts';
import { chargesRoutes } from './charges/charges.routes.ts';

export { postCharge, withdrawCharge } from './charges/charges.service.ts';
export type { NewCharge } from './charges/charges.service.ts';

/** Every route of the domain (auth required). */
export async function billingRoutes(fastify: FastifyInstance) {
  fastify.addHook('preHandler', requireAuth);
  chargesRoutes(fastify);
}

/** The domain's durable jobs. */
export function registerBillingJobs(_runner: JobRunner, _app: FastifyInstance) {}

/** The domain's demo history, sub-feature by sub-feature (after paid repairs and paid services have posted). */
export async function loadBillingDemo(_app: FastifyInstance) {}
