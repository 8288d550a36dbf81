import type { FastifyInstance } from 'fastify';

/** rounds: created ahead by a job, walked on a phone (scan or pick), results and photos, missed/late alerts. */
export function roundsRoutes(fastify: FastifyInstance) {
  void fastify;
}
