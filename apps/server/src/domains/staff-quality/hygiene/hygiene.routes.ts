import type { FastifyInstance } from 'fastify';

/** hygiene inspections at their frequencies (team weekly, area half-monthly, department monthly) with scores. */
export function hygieneRoutes(fastify: FastifyInstance) {
  void fastify;
}
