import type { FastifyInstance } from 'fastify';

/** The hotels routes of large events (M13). */
export function hotelsRoutes(_fastify: FastifyInstance) {}
