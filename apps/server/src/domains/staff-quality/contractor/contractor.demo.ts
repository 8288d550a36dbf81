import type { FastifyInstance } from 'fastify';

/** Demo history of contractor (through the API on a simulated clock). */
export async function demoContractor(app: FastifyInstance) {
  void app;
}
