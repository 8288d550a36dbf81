import type { FastifyInstance } from 'fastify';
export async function calendarRoutes(_app: FastifyInstance) {}
