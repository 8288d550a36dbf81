import type { FastifyInstance } from 'fastify';

/** Demo history of plans (through the API on a simulated clock). */
export async function demoPlans(app: FastifyInstance) {
  void app;
}
