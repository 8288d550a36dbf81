/** The identity domain's public entry: what other domains may use. */
export { findUserById, grantRoles } from './users/users.repository.ts';
export { identityRoutes } from './auth/auth.routes.ts';
export { actorOf, buildActor } from './users/users.service.ts';
