import type { FastifyInstance } from 'fastify';

/** Demo history of applications (through the API on a simulated clock). */
export async function demoApplications(app: FastifyInstance) {
  void app;
}
