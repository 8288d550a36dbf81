import type { FastifyInstance } from 'fastify';

/** Demo history of visits (through the API on a simulated clock). */
export async function demoVisits(app: FastifyInstance) {
  void app;
}
