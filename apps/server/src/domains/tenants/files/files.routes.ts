import type { FastifyInstance } from 'fastify';

/** a file per tenant company: units, leaders, contacts, move-in date; the occupancy table. */
export function filesRoutes(fastify: FastifyInstance) {
  void fastify;
}
