import type { FastifyInstance } from 'fastify';

/** The guests routes of large events (M13). */
export function guestsRoutes(_fastify: FastifyInstance) {}

/** The guests routes a guest opens without an account (the personal link is the key). */
export function guestsPublicRoutes(_fastify: FastifyInstance) {}
