import type { FastifyInstance } from 'fastify';

/** planned visits, the visit record, issues raised as cases, holiday greetings. */
export function visitsRoutes(fastify: FastifyInstance) {
  void fastify;
}
