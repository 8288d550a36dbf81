import type { FastifyInstance } from 'fastify';

/** The materials routes of large events (M13). */
export function materialsRoutes(_fastify: FastifyInstance) {}
