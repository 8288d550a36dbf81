import type { FastifyInstance } from 'fastify';

/** Demo history of findings (through the API on a simulated clock). */
export async function demoFindings(app: FastifyInstance) {
  void app;
}
