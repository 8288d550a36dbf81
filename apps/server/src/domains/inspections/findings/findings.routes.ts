import type { FastifyInstance } from 'fastify';

/** findings: cleaning/greenery/pest to housekeeping with re-inspection; repair to a case and a work order. */
export function findingsRoutes(fastify: FastifyInstance) {
  void fastify;
}
