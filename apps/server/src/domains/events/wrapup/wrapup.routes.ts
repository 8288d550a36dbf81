import type { FastifyInstance } from 'fastify';

/** The wrapup routes of large events (M13). */
export function wrapupRoutes(_fastify: FastifyInstance) {}

/** The wrapup routes a guest opens without an account (the personal link is the key). */
export function wrapupPublicRoutes(_fastify: FastifyInstance) {}
