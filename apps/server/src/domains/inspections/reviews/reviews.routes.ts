import type { FastifyInstance } from 'fastify';

/** the manager's daily review sign-off and each inspector's Friday summary. */
export function reviewsRoutes(fastify: FastifyInstance) {
  void fastify;
}
