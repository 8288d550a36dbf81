/** The identity domain's public entry: what other domains may use. */
export { findUserById, grantRoles } from './identity.repository.ts';
export { identityRoutes } from './identity.routes.ts';
export { actorOf, buildActor } from './identity.service.ts';
