import type { FastifyInstance } from 'fastify';

/** Demo history of rounds (through the API on a simulated clock). */
export async function demoRounds(app: FastifyInstance) {
  void app;
}
