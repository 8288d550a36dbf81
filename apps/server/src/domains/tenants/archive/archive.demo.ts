import type { FastifyInstance } from 'fastify';

/** Demo history of archive (through the API on a simulated clock). */
export async function demoArchive(app: FastifyInstance) {
  void app;
}
