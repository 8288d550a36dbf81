/** The audit domain's public entry: what other domains may use. */
export { auditRoutes } from './audit.routes.ts';
export { audit } from './audit.service.ts';
