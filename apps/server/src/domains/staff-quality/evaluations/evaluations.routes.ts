import type { FastifyInstance } from 'fastify';

/** evaluations of staff per criterion; spot checks of front-desk staff. */
export function evaluationsRoutes(fastify: FastifyInstance) {
  void fastify;
}
