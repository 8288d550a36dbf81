import type { FastifyInstance } from 'fastify';

/** move-in, move-out and fit-out applications; the premises hand-over checklist. */
export function applicationsRoutes(fastify: FastifyInstance) {
  void fastify;
}
