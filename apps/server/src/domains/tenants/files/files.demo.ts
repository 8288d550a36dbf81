import type { FastifyInstance } from 'fastify';

/** Demo history of files (through the API on a simulated clock). */
export async function demoFiles(app: FastifyInstance) {
  void app;
}
