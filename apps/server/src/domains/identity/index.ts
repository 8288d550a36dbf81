/**
 * The identity domain's public entry: its routes, and what other domains, the auth plugin, the
 * seed and the test helpers may use.
 *
 *   auth/     signing in and out, sessions, login throttling, who is signed in (`me`)
 *   account/  the signed-in user's own password; password strength and hashing
 *   users/    administering accounts and their roles per property (X1); the user record's SQL
 */
import type { FastifyInstance } from 'fastify';
import { authRoutes } from './auth/auth.routes.ts';
import { accountRoutes } from './account/account.routes.ts';
import { usersRoutes } from './users/users.routes.ts';

export async function identityRoutes(fastify: FastifyInstance) {
  authRoutes(fastify);
  accountRoutes(fastify);
  usersRoutes(fastify);
}

export { findUserById, grantRoles } from './users/users.repository.ts';
export { actorOf, buildActor, sessionIdOf } from './auth/auth.service.ts';
export { findSessionWithUser, liveSessions, touchSession } from './auth/auth.repository.ts';
export { SESSION_TTL_HOURS } from './auth/auth.rules.ts';
export { hashPassword } from './account/account.service.ts';
export { checkPassword } from './account/account.rules.ts';
