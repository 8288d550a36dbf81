import type { FastifyInstance } from 'fastify';
export async function placesRoutes(_app: FastifyInstance) {}
