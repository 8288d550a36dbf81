import type { FastifyInstance } from 'fastify';

/** Demo history of training (through the API on a simulated clock). */
export async function demoTraining(app: FastifyInstance) {
  void app;
}
