import type { FastifyInstance } from 'fastify';

/** The catering routes of large events (M13). */
export function cateringRoutes(_fastify: FastifyInstance) {}
