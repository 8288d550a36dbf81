import type { FastifyInstance } from 'fastify';

/** Demo history of evaluations (through the API on a simulated clock). */
export async function demoEvaluations(app: FastifyInstance) {
  void app;
}
