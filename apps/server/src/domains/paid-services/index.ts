/**
 * The paid-services domain's public entry (T5). Other domains, the job registry and the route registry import
 * from here only. Each finished service posts its charge to billing (sheet 'other_services').
 */
import type { FastifyInstance } from 'fastify';
import type { JobRunner } from '../../jobs/runner.ts';
import { requireAuth } from '../../plugins/require-auth.ts';

/** Every route of the domain (auth required). */
export async function paidServicesRoutes(fastify: FastifyInstance) {
  fastify.addHook('preHandler', requireAuth);
}

/** The domain's durable jobs. */
export function registerPaidServicesJobs(_runner: JobRunner, _app: FastifyInstance) {}

/** The domain's demo history, sub-feature by sub-feature. */
export async function loadPaidServicesDemo(_app: FastifyInstance) {}
