/**
 * What routes need of authentication: the preHandler for signed-in users and the cookie/header
 * names. Kept apart from the auth plugin (which loads sessions through the identity domain), so a
 * domain's routes never import the identity domain through it.
 */
import type { FastifyRequest } from 'fastify';
import { errors } from '../lib/errors.ts';

export const SESSION_COOKIE = 'hy_sid';
export const CSRF_HEADER = 'x-csrf-token';

/** preHandler for routes that need a signed-in user. */
export async function requireAuth(req: FastifyRequest) {
  if (!req.actor) throw errors.unauthenticated();
}
