import type { FastifyInstance } from 'fastify';

/** The programme routes of large events (M13). */
export function programmeRoutes(_fastify: FastifyInstance) {}
