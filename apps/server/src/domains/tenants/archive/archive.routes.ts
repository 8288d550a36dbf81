import type { FastifyInstance } from 'fastify';

/** the archive register and borrowing through the secretary; retention. */
export function archiveRoutes(fastify: FastifyInstance) {
  void fastify;
}
