import type { FastifyInstance } from 'fastify';

/** Demo history of hygiene (through the API on a simulated clock). */
export async function demoHygiene(app: FastifyInstance) {
  void app;
}
