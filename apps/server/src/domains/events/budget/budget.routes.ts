import type { FastifyInstance } from 'fastify';

/** The budget routes of large events (M13). */
export function budgetRoutes(_fastify: FastifyInstance) {}
