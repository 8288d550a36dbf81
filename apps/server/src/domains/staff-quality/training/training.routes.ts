import type { FastifyInstance } from 'fastify';

/** the monthly training plan: sessions, attendance, results. */
export function trainingRoutes(fastify: FastifyInstance) {
  void fastify;
}
