import type { FastifyInstance } from 'fastify';

/** the cleaning contractor's monthly evaluation that decides its payment. */
export function contractorRoutes(fastify: FastifyInstance) {
  void fastify;
}
