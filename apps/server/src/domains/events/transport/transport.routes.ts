import type { FastifyInstance } from 'fastify';

/** The transport routes of large events (M13). */
export function transportRoutes(_fastify: FastifyInstance) {}
