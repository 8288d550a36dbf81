import type { FastifyInstance } from 'fastify';

/** Demo history of reviews (through the API on a simulated clock). */
export async function demoReviews(app: FastifyInstance) {
  void app;
}
