/** The audit domain's public entry: what other domains may use. */
export { auditRoutes } from './audit.routes.ts';
export { type AuditInput, audit, auditMany } from './audit.service.ts';
