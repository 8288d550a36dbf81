/**
 * The guest-rooms domain's public entry (T6): rooms and apartments, their status, stays, keys and linen. Other
 * domains, the job registry and the route registry import from here only.
 */
import type { FastifyInstance } from 'fastify';
import type { JobRunner } from '../../jobs/runner.ts';
import { requireAuth } from '../../plugins/require-auth.ts';

/** Every route of the domain (auth required). */
export async function guestRoomsRoutes(fastify: FastifyInstance) {
  fastify.addHook('preHandler', requireAuth);
}

/** The domain's durable jobs. */
export function registerGuestRoomsJobs(_runner: JobRunner, _app: FastifyInstance) {}

/** The domain's demo history. */
export async function loadGuestRoomsDemo(_app: FastifyInstance) {}
